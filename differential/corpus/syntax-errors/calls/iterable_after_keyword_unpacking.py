f(**kw, *args)
