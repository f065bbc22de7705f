# Trace events around generators, comprehensions and decorators: the StopIteration a loop or a
# yield from reports when a generator returns a value (or a __next__ written in Python ends),
# the line event at each pass back to a loop's header (in generators and list comprehensions
# too), and the lines a decorated definition passes through.
import sys


def gen_returning():
    yield 0
    lno = 1
    return 123


def gen_plain(n):
    c = 5
    for i in range(n):
        yield i + c
    while n:
        n -= 1
        yield n


class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


def delegating():
    x = yield from gen_returning()
    y = yield from Counter()
    z = yield from gen_plain(1)
    return x


def loops():
    for i in gen_returning():
        lno = 2
    for i in gen_plain(2):
        pass
    for i in Counter():
        pass
    for i in delegating():
        pass
    mylist = [i * 2 for i in range(3)]
    mylist = [i for i in Counter() if i]
    d = delegating()
    next(d)
    d.send(5)
    try:
        while True:
            next(d)
    except StopIteration as e:
        print("stopped with", e.value)


def decorated():
    def decorator1(f):
        return f

    def decorator_fabric():
        def decorator2(f):
            return f
        return decorator2

    @decorator1
    @decorator_fabric()
    def func():
        pass

    @decorator1
    class C:
        pass
    func()


async def coro_inner():
    return None


async def coro_outer():
    await coro_inner()
    return 4


CODES = {f.__code__ for f in (gen_returning, gen_plain, delegating, loops, decorated,
                              coro_inner, coro_outer)}


def tracer(frame, event, arg):
    code = frame.f_code
    if code in CODES or code.co_name in ("<listcomp>", "func", "C", "decorator1",
                                          "decorator2", "decorator_fabric", "__next__"):
        shown = ""
        if event == "exception":
            shown = "%s%r" % (arg[0].__name__, arg[1].args)
        print(code.co_name, event, frame.f_lineno - code.co_firstlineno, shown)
    return tracer


sys.settrace(tracer)
loops()
decorated()
try:
    coro_outer().send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
sys.settrace(None)
