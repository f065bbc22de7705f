x = (b'ok'
     b'café')
