# A delegate that ends by StopIteration gives the delegating frame an 'exception' event
# (yield from a generator returning a value, or resumed by send(); an async generator's
# asend awaitable in async for; a for loop over a generator returning a value or over an
# iterator written in Python), but an exhausted builtin iterator does not; async for
# reports its header line again at each back edge.
import asyncio
import sys


def inner(result):
    yield 1
    return result


def outer():
    a = yield from inner(None)
    b = yield from inner(5)
    c = yield from iter([1, 2])
    return a, b, c


def sender():
    g = outer()
    next(g)
    g.send('x')
    for _ in g:
        pass


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def python_iterator():
    yield from Countdown(2)


def for_loops():
    for _ in Countdown(2):
        pass
    for _ in [1]:
        pass
    for _ in outer():
        pass


async def arange(n):
    for i in range(n):
        yield i


async def loop():
    total = 0
    async for i in arange(3):
        if i > 100:
            break
        total += i
    return total


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_filename == __file__ and code.co_name != 'tracer':
        detail = arg[0].__name__ if event == 'exception' else ''
        print(f'{code.co_name:>16} {frame.f_lineno - code.co_firstlineno:3} {event} {detail}')
    return tracer


sys.settrace(tracer)
list(outer())
sender()
list(python_iterator())
for_loops()
coro = loop()
try:
    coro.send(None)
except StopIteration as e:
    result = e.value
sys.settrace(None)
print(result)
