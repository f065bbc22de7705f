def logged(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@logged
def invert(x):
    return 1 / x
invert(4)
invert(0)
