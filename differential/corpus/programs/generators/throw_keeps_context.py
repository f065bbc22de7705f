# gen.throw(exc) inside the caller's except block: the thrown exception is not chained to the
# caller's handled exception (CPython restores it as it is), in every kind of generator.
def gen():
    try:
        yield 1
    except ValueError as e:
        print("in gen", repr(e), repr(e.__context__))
        yield 2

g = gen(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    print(g.throw(ValueError("x")))

def gen2():
    yield 1
g = gen2(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("y"))
    except ValueError as e:
        print("caller", repr(e.__context__))
g = gen2()
for _ in g: pass
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("z"))
    except ValueError as e:
        print("finished", repr(e.__context__))
def gen3():
    try:
        yield 1
    except ValueError:
        raise TypeError("t")
g = gen3(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("w"))
    except TypeError as e:
        print("new", repr(e.__context__), repr(e.__context__.__context__))
def inner():
    yield 1
def outer():
    yield from inner()
g = outer(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("v"))
    except ValueError as e:
        print("deleg", repr(e.__context__))
async def co():
    import types
    await types.coroutine(lambda: (yield 1))()
c = co(); c.send(None)
try:
    raise KeyError("outer")
except KeyError:
    try:
        c.throw(ValueError("c"))
    except ValueError as e:
        print("coro", repr(e.__context__))
g = (x for x in range(3)); next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("ge"))
    except ValueError as e:
        print("genexp", repr(e.__context__))
def loop():
    for i in range(3):
        yield i
g = loop(); next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("loop"))
    except ValueError as e:
        print("loop", repr(e.__context__))
# suspended inside its own handler, the generator chains the thrown exception to its own
def in_handler():
    try:
        raise KeyError("own")
    except KeyError:
        yield 1
g = in_handler(); next(g)
try:
    raise IndexError("caller")
except IndexError:
    try:
        g.throw(ValueError("h"))
    except ValueError as e:
        print("own handler", repr(e.__context__), repr(e.__context__.__context__))
# delegating from inside its own handler, the outer generator chains what comes back to its own
def inner():
    yield
def outer_in_handler():
    try:
        raise KeyError("outer own")
    except KeyError:
        yield from inner()
g = outer_in_handler(); next(g)
try:
    raise IndexError("caller")
except IndexError:
    try:
        g.throw(ValueError("d"))
    except ValueError as e:
        print("delegated", repr(e.__context__))
