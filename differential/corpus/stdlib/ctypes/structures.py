# Structures and unions: layout, alignment, _pack_, nesting, bit fields, arrays.
from ctypes import *


class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class Rect(Structure):
    _fields_ = [("a", Point), ("b", Point), ("name", c_char * 8)]


class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]


class U(Union):
    _fields_ = [("i", c_uint), ("b", c_ubyte * 4), ("f", c_float)]


class Bits(Structure):
    _fields_ = [("a", c_uint, 3), ("b", c_uint, 5), ("c", c_int, 4), ("d", c_ushort)]


for t in (Point, Rect, Mixed, Packed, U, Bits):
    print(t.__name__, sizeof(t), alignment(t))
    for name, *_ in t._fields_:
        print("  ", name, getattr(t, name))

p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x, p.y)
r = Rect(Point(1, 2), (3, 4), b"box")
print(r.a.x, r.a.y, r.b.x, r.b.y, r.name)
r.a.x = 99
print(r.a.x)
inner = r.b
inner.y = 77
print(r.b.y, inner._b_base_ is r)

u = U()
u.i = 0x01020304
print(list(u.b), u.i)
u.f = 1.0
print(hex(u.i))

b = Bits(5, 17, -3, 500)
print(b.a, b.b, b.c, b.d)
b.a = 9
print(b.a, b.b, b.c)

try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, x=2)
except TypeError as e:
    print("TypeError", e)
print(Point(y=5).y)
try:
    Point._fields_ = [("z", c_int)]
except AttributeError as e:
    print("AttributeError", e)


class Base(Structure):
    _fields_ = [("a", c_int)]


class Derived(Base):
    _fields_ = [("b", c_int)]


d = Derived(1, 2)
print(sizeof(Derived), d.a, d.b)


class Anon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("kind", c_int), ("u", U)]


a = Anon()
a.i = 258
print(a.u.i, list(a.b), Anon.i)

arr = (Point * 3)()
arr[1].x = 5
print([pt.x for pt in arr], len(arr))
ints = (c_int * 5)(1, 2, 3)
print(ints[:], ints[1:4], ints[-1], list(ints[::2]))
ints[1:3] = [20, 30]
print(list(ints))
print((c_int * 5) is (c_int * 5), (c_int * 5).__name__)
try:
    ints[5]
except IndexError as e:
    print("IndexError", e)
chars = (c_char * 6)(*b"abc")
print(chars.value, chars.raw, chars[:2])
