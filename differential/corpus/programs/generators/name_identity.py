# A generator's (or coroutine's) __name__ and __qualname__ are the same str object on every read,
# and after an assignment they are the object assigned (types.coroutine's wrapper relies on it).
import types


def gen_func():
    yield 1


async def coro_func():
    pass


g = gen_func()
print(g.__name__ is g.__name__, g.__qualname__ is g.__qualname__)
name = ''.join(['re', 'named'])
g.__name__ = name
print(g.__name__ is name, g.__name__)
c = coro_func()
print(c.__name__ is c.__name__, c.__qualname__ is c.__qualname__)
c.close()


@types.coroutine
def wrapped():
    return g


w = wrapped()
print(type(w).__name__, w.__name__ is g.__name__, w.__qualname__ is g.__qualname__)
