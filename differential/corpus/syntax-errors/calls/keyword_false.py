f(x, False=0)
