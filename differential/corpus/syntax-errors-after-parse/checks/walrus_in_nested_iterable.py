def f():
    return [(y := 1) for x in [(y := 2) for z in w]]
