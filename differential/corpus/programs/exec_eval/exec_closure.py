# exec() of a code object with free variables: the closure keyword and its errors; types.CellType.
import types
def g():
    y = 5
    def h():
        print(y + 1)
    return h
h = g()
exec(h.__code__, {"print": print}, closure=h.__closure__)
exec(h.__code__, {}, closure=(types.CellType(10),))
for bad in (None, (), (1,), [types.CellType(1)], (types.CellType(1), types.CellType(2))):
    try:
        exec(h.__code__, {}, closure=bad)
    except TypeError as e:
        print(e)
try:
    exec("x = 1", {}, closure=(types.CellType(1),))
except TypeError as e:
    print(e)
try:
    exec(compile("x = 1", "s", "exec"), {}, closure=(types.CellType(1),))
except TypeError as e:
    print(e)
try:
    eval(h.__code__)
except TypeError as e:
    print(e)
print(types.CellType(3).cell_contents, types.CellType())
for args in [(1, 2)]:
    try:
        types.CellType(*args)
    except TypeError as e:
        print(e)
