s = ('first'
     'second \x9')
