def level1():
    a = "a1"
    def level2():
        b = "b2"
        def level3():
            c = "c3"
            return a + b + c
        return level3
    return level2
print(level1()()())
def shadowing():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadowing())
def read_after_modify():
    items = [1]
    def add():
        items.append(2)
    add()
    return items
print(read_after_modify())
def closure_over_loop():
    results = []
    for i in range(3):
        def show(i=i):
            return i * 100
        results.append(show())
    return results
print(closure_over_loop())
def factory(kind):
    if kind == "double":
        def op(x):
            return x * 2
    else:
        def op(x):
            return x + 1
    return op
print(factory("double")(5), factory("inc")(5), factory("x").__name__, factory("double").__qualname__)
