f(**kw, b)
