def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("->", result)
        return result
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b=0):
    return a + b
@repeat(3)
def hello(name):
    return "hi " + name
add(1, b=2)
add(3)
print(hello("x"), add.__name__, hello.__qualname__)
def stacked(tag):
    def deco(fn):
        def w():
            return "<" + tag + ">" + fn() + "</" + tag + ">"
        return w
    return deco
@stacked("b")
@stacked("i")
def text():
    return "t"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one.__name__)
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls, type(sq).__name__)
