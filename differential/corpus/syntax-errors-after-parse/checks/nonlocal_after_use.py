def g():
    x = 0
    def f():
        print(x)
        nonlocal x
