# A class whose __new__ returns no exception: raise and generator.throw report it as CPython does.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def g():
    yield
x = g()
try:
    x.throw(E)
except TypeError as e:
    print(e)
try:
    raise E
except TypeError as e:
    print(e)
