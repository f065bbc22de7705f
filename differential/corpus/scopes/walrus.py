def f(data):
    if any((found := item) > 3 for item in data):
        return found
    total = [(last := n) for n in data]
    return total, last


def g(rows):
    return [[(cell := v) for v in row] for row in rows], cell


def h():
    global gl
    [gl := i for i in range(3)]


[modvar := i for i in range(3)]


def k():
    return lambda: [(w := i) for i in range(3)]


def annotated():
    x: (y := 1) = 2
    return x
