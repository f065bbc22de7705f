# Suspended generators still alive at exit are closed, as CPython's teardown of the modules
# finalizes them: their finally blocks and with exits run; errors are reported as unraisable
# (the exception's own traceback, without its context chain).
import gc


def named(label):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", label)


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit with", exc[0].__name__ if exc[0] else None)


def managed():
    with Resource():
        yield "inside with"


def raising_on_close():
    try:
        yield 1
    finally:
        raise ValueError("raised in finally")


def ignoring_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("caught GeneratorExit, yielding again")


def no_finally():
    yield 1
    print("never printed")


# dropped before exit: finalized when collected (CPython: at once)
dropped = named("dropped")
next(dropped)
del dropped
gc.collect()
print("after the collection")

first = named("first global")
next(first)
listed = [named("list item 1"), named("list item 2")]
for g in listed:
    next(g)
del g
w = managed()
print(next(w))
r = raising_on_close()
next(r)
i = ignoring_exit()
next(i)
n = no_finally()
next(n)
finished = named("finished")
for _ in finished:
    pass
last = named("last global")
next(last)
print("end of program")
