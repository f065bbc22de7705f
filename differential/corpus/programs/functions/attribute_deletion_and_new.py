# Writable and deletable function attributes, types.FunctionType(), cells compared, and the
# qualified names of builtin static methods (CPython: Objects/funcobject.c, cellobject.c).
import types


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a, b=2, *, c=3):
    "doc"
    return a, b, c


del f.__defaults__
print(f.__defaults__)
show("missing b", lambda: f(1))
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__annotations__ = {"a": int}
del f.__annotations__
print(f.__annotations__)
del f.__doc__
print(f.__doc__)
del f.__module__
print(f.__module__)
f.__dict__ = {"x": 1}
print(f.x, f.__dict__)
show("dict to int", lambda: setattr(f, "__dict__", 5))
show("del dict", lambda: delattr(f, "__dict__"))
show("del name", lambda: delattr(f, "__name__"))
show("del qualname", lambda: delattr(f, "__qualname__"))
show("del code", lambda: delattr(f, "__code__"))
show("defaults to list", lambda: setattr(f, "__defaults__", [1]))

n = 1
def free():
    return n
def closed():
    x = 0
    def inner():
        return x
    return inner
inner = closed()
show("code with a free var", lambda: setattr(f, "__code__", inner.__code__))
show("code without", lambda: setattr(inner, "__code__", free.__code__))

g = types.FunctionType(free.__code__, {"n": 7}, "renamed", (1,))
print(g(), g.__name__, g.__qualname__, g.__defaults__, g.__builtins__ is __builtins__.__dict__)
h = types.FunctionType(inner.__code__, {}, None, None, (types.CellType(42),))
print(h(), h.__closure__[0].cell_contents)
show("no closure", lambda: types.FunctionType(inner.__code__, {}))
show("wrong length", lambda: types.FunctionType(inner.__code__, {}, None, None, ()))
show("not a cell", lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)))
show("closure list", lambda: types.FunctionType(free.__code__, {}, None, None, [1]))
show("name int", lambda: types.FunctionType(free.__code__, {}, 5))
show("defaults list", lambda: types.FunctionType(free.__code__, {}, None, [1]))
show("globals list", lambda: types.FunctionType(free.__code__, []))
print(types.FunctionType.__text_signature__)

cell = types.CellType(1)
del cell.cell_contents
show("empty", lambda: cell.cell_contents)
empty = types.CellType()
print(empty == cell, empty < types.CellType(0), types.CellType(2) < types.CellType(3),
      types.CellType(-36) == types.CellType(-36.0), types.CellType(True) > empty,
      empty != empty, empty >= cell, types.CellType(1).__eq__(1))
show("hash", lambda: hash(empty))
show("cell < int", lambda: types.CellType(1) < 2)

print(str.maketrans.__qualname__, bytes.maketrans.__qualname__, str.maketrans.__self__)
print(repr(str.maketrans).split(" at ")[0], str.maketrans.__reduce__()[1][1])
print(dict.fromkeys.__qualname__, [].append.__qualname__, len.__qualname__)
