# with statements: __exit__ arguments, suppression, and errors in enter/exit.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t and t.__name__, v, tb is not None)
        return self.suppress
with CM("a", True):
    raise ValueError("quiet")
print("after a")
try:
    with CM("b") as b, CM("c", True):
        raise KeyError("k")
    print("c suppressed")
    with CM("d"), CM("e"):
        raise TypeError("t")
except TypeError as e:
    print("caught", e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("in exit")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
