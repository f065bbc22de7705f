g = lambda x x
