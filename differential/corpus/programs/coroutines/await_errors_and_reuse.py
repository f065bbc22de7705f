# Errors of await, async with and async for, and reuse of finished coroutines
# (CPython: Python/ceval.c GET_AWAITABLE/GET_ANEXT, Objects/genobject.c).
import types


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        cause = e.__cause__
        return "%s: %s%s" % (type(e).__name__, e,
                             " (from %s: %s)" % (type(cause).__name__, cause) if cause else "")


@types.coroutine
def nop():
    yield


async def spam():
    return "spam"


class ReturnsCoroutine:
    def __init__(self):
        self.c = spam()

    def __await__(self):
        return self.c


class ReturnsGenCoroutine:
    def __await__(self):
        return nop()


class ReturnsList:
    def __await__(self):
        return [1]


async def awaiting(x):
    return await x


rc = ReturnsCoroutine()
print(run(awaiting(rc)))
rc.c.close()
print(run(awaiting(ReturnsGenCoroutine())))
print(run(awaiting(ReturnsList())))
print(run(awaiting(1)))


async def waits():
    await nop()


busy = waits()
busy.send(None)
print(run(awaiting(busy)))
busy.close()

done = spam()
print(run(done))
print(run(done))
try:
    done.throw(ValueError("x"))
except RuntimeError as e:
    print("throw:", e)
done.close()
it = spam().__await__()
print(run(it))
try:
    it.throw(ValueError("y"))
except RuntimeError as e:
    print("wrapper throw:", e)


def gen():
    yield 1


g = gen()
list(g)
try:
    g.throw(ValueError("z"))
except ValueError as e:
    print("generator throw:", e)


class CM:
    def __init__(self, enter, exit):
        self.enter, self.exit = enter, exit

    def __aenter__(self):
        return self.enter

    def __aexit__(self, *e):
        return self.exit


async def with_cm(cm, fail=False):
    async with cm:
        if fail:
            1 / 0
    return "exited"


print(run(with_cm(CM(123, 456))))
print(run(with_cm(CM(spam(), 456))))
print(run(with_cm(CM(spam(), "no"), True)))
print(run(with_cm(CM(spam(), ReturnsList()))))


class BadNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class IntNext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def loop(it):
    async for x in it:
        pass


async def comp(it):
    return [x async for x in it]


for make in (BadNext, IntNext):
    print(run(loop(make())))
    print(run(comp(make())))
