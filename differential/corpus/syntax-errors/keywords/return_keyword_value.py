def f():
    return import
