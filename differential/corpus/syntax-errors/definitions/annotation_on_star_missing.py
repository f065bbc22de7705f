def f(*, a:):
    pass
