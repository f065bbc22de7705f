calls = []
def default_value():
    calls.append("evaluated")
    return len(calls)
def f(x=default_value()):
    return x
print(f(), f(), calls)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
n = 10
def capture(x=n):
    return x
n = 20
print(capture(), capture.__defaults__)
capture.__defaults__ = (99,)
print(capture())
def kw_defaults(*, a=1, b=[]):
    b.append(a)
    return b
print(kw_defaults(), kw_defaults(a=2), kw_defaults.__kwdefaults__)
def no_defaults(a):
    return a
no_defaults.__defaults__ = (5,)
print(no_defaults())
try:
    f.__defaults__ = 5
except TypeError as e:
    print(e)
