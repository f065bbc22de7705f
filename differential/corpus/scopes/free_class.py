def outer():
    x = 1
    y = 2

    class C:
        x = 3
        global y

        def method(self):
            return x, y

        z = [x for _ in range(2)]
    return C


def outer2():
    v = 1

    class D:
        v = v

        def m(self):
            nonlocal v
            v = 3
    return D
