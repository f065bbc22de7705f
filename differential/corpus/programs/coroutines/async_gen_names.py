# An async generator's __name__ and __qualname__ are writable (str only), as a generator's.
import types
async def gen():
    yield 1
g = gen()
for attr, val in (('__name__', 'x'), ('__qualname__', 'y.z'), ('__name__', 1)):
    try:
        setattr(g, attr, val); print(g.__name__, g.__qualname__)
    except Exception as e: print(type(e).__name__, e)
def sg(): yield 1
s = sg(); s.__name__ = 'q'; print(s.__name__)
async def co(): pass
c = co(); c.__name__ = 'cc'; print(c.__name__); c.close()
x = gen()
try:
    del x.__name__
except Exception as e:
    print(type(e).__name__, e)
