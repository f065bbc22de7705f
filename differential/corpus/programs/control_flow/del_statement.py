x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def f():
    v = 1
    del v
    return "v" in locals()
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
