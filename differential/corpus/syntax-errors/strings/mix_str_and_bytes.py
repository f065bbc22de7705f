x = ('abc'
     b'def')
