def outer():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = outer()
print(get()); set_(42); print(get())
print(get.__closure__[0] is set_.__closure__[0], get.__closure__[0].cell_contents)
def empty_cell():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(inner.__closure__[0].cell_contents)
    except ValueError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(empty_cell())
def deleted():
    z = 1
    def inner():
        return z
    del z
    try:
        inner()
    except NameError as e:
        print(e)
deleted()
def loop_cells():
    out = []
    for i in range(3):
        def f(j=i):
            return j * 10
        out.append(f)
    return [f() for f in out]
print(loop_cells())
