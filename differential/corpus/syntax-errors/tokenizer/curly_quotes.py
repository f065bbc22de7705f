message = ‘hello’
