g = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    return "g" in globals(), "g2" in globals(), globals() is globals()
print(g2())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
def nested():
    x = 1
    def inner():
        return sorted(locals())
    def inner2():
        return x, sorted(locals())
    return inner(), inner2()
print(nested())
print(sorted(k for k in globals() if not k.startswith("__")))
print(__name__, globals()["__name__"], type(globals()).__name__)
def writer():
    globals()["made"] = "by globals()"
writer()
print(made)
