def a():
    x = 1

    def b():
        y = 2

        def c():
            z = 3

            def d():
                return x + y + z
            return d
        return c
    return b


def shadow():
    x = 1

    def inner():
        x = 2
        return x
    return inner, x


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 10
    return fs


def uses_global_in_nested():
    def inner():
        return print, len
    return inner
