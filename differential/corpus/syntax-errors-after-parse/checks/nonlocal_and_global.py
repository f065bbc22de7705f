def g():
    x = 0
    def f():
        global x
        nonlocal x
