def gen():
    x = yield 1
    yield x
g = gen()
print(g.gi_running, g.gi_frame.f_lineno - gen.__code__.co_firstlineno, g.gi_code.co_name, g.gi_yieldfrom)
next(g)
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno, sorted(g.gi_frame.f_locals))
g.send("sent")
print(g.gi_frame.f_locals["x"])
g.close()
print(g.gi_frame, g.gi_running)
def outer():
    yield from inner()
def inner():
    yield "inner"
o = outer()
next(o)
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_code.co_name)
async def coro():
    pass
c = coro()
print(c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_frame is not None)
c.close()
print(c.cr_frame)
print(gen.__name__, g.__name__, g.__qualname__, type(g).__name__)
