def sample(a, b=2, *args, c, d=4, **kw):
    """Sample docstring."""
    local = a + b
    def inner():
        return local
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_firstlineno, co.co_filename.rsplit("/", 1)[-1], type(co.co_code).__name__)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, co.co_flags & 0x20 != 0)
inner = sample(1, c=3)
print(inner.__code__.co_freevars, inner.__code__.co_name, inner.__code__.co_qualname)
print(sample.__name__, sample.__qualname__, sample.__module__, sample.__doc__)
print(sample.__defaults__, sample.__kwdefaults__, sample.__annotations__)
def gen():
    yield 1
async def coro():
    pass
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0)
print([c for c in co.co_consts if isinstance(c, str)])
print(type(co).__name__, co.co_stacksize > 0, isinstance(co.co_lnotab, bytes))
print(list(x[2] - co.co_firstlineno for x in co.co_lines() if x[2] is not None)[:3])
c = coro()
c.close()
