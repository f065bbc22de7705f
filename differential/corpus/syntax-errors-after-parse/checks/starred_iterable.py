def f():
    for x in *a:
        pass
