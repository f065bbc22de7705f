# Generator __name__/__qualname__ are writable strings; gi_yieldfrom is the delegate only
# while the generator is suspended in a yield from; generators have no cr_ attributes.
def func():
    yield 1


g = func()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
for attr, value in (("__name__", 1), ("__qualname__", None)):
    try:
        setattr(g, attr, value)
    except TypeError as e:
        print(e)


def inner():
    print("inner sees", outer_gen.gi_yieldfrom)
    yield "a"


def outer():
    yield from inner()
    print("after", outer_gen.gi_yieldfrom)
    yield "b"


outer_gen = outer()
print(next(outer_gen), outer_gen.gi_yieldfrom.__name__)
print(next(outer_gen), outer_gen.gi_yieldfrom)
print([a for a in dir(g) if not a.startswith("_")])
print(g.__next__.__doc__)


async def coro():
    pass


c = coro()
print([a for a in dir(c) if not a.startswith("_") and a != "cr_origin"])
c.close()
