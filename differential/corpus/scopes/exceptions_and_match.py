def f(cmd):
    try:
        pass
    except ValueError as err:
        print(err)
    try:
        pass
    except* TypeError as group:
        print(group)
    finally:
        done = True


def g(cmd):
    match cmd:
        case [first, *rest]:
            return first, rest
        case {"k": value, **others}:
            return value, others
        case Point(x=px, y=py) as point:
            return px, py, point
        case (1 | 2) as num:
            return num
        case _:
            return None


def h(c):
    match c:
        case Color.RED:
            pass
        case [a, b] | [b, a]:
            return a, b
