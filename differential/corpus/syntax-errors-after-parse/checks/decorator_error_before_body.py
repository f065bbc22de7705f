@(yield)
def f():
    return 1
