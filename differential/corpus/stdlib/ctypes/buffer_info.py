# _ctypes.buffer_info: the PEP 3118 (format, ndim, shape) of a C type or instance -- simple
# types in both byte orders, arrays of arrays, pointers (to arrays, to incomplete types),
# structures (only their own fields; packed ones and unions are bytes), function pointers.
import _ctypes
from ctypes import *

bi = _ctypes.buffer_info
for t in [c_char, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_float, c_double, c_longdouble, c_bool, c_char_p,
          c_wchar_p, c_void_p, c_wchar, py_object, c_size_t, c_ssize_t, c_int8, c_uint64]:
    print(t.__name__, bi(t), bi(t()))
print(bi(c_int.__ctype_be__), bi(c_double.__ctype_be__), bi(c_int.__ctype_le__))


class MyInt(c_int):
    pass


print(bi(MyInt))
A = c_int * 4
print(bi(A), bi(A * 3), bi((A * 3)()), bi(c_char * 0))


class S(Structure):
    _fields_ = [("a", c_int), ("b", c_char * 3), ("c", A * 2), ("d", POINTER(c_int)),
                ("e", c_double)]


class Sub(S):
    pass


class Sub2(S):
    _fields_ = [("z", c_short)]


class U(Union):
    _fields_ = [("a", c_int), ("b", c_double)]


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int)]


class BE(BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short * 2), ("s", S)]


class LE(LittleEndianStructure):
    _fields_ = [("a", c_int)]


class Bits(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint)]


print(bi(S), bi(S()))
print(bi(Sub), bi(Sub2), bi(U), bi(Packed), bi(BE), bi(LE), bi(Bits))


# a pointer's format is fixed when the pointer type is made
class Empty(Structure):
    pass


print(bi(Empty), bi(POINTER(Empty)))
Empty._fields_ = [("x", c_int)]
print(bi(Empty), bi(POINTER(Empty)))


class Late(Structure):
    pass


PL = POINTER(Late)
Late._fields_ = [("x", c_int)]
print(bi(PL), bi(POINTER(A)), bi(POINTER(POINTER(c_int))), bi(pointer(c_int(1))))
Incomplete = POINTER("Incomplete")
print(bi(Incomplete))


class Target(Structure):
    pass


SetPointerType(Incomplete, Target)
print(bi(Incomplete))
F = CFUNCTYPE(c_int, c_int)
print(bi(F), bi(PYFUNCTYPE(None)))


class Nested(Structure):
    _fields_ = [("s", S), ("u", U), ("f", F), ("p", POINTER("Other"))]


class Names(Structure):
    _fields_ = [("é", c_int)]


print(bi(Nested), bi(Names))


# a field whose type is refused leaves the fields before it in the format
class Broken(Structure):
    pass


try:
    Broken._fields_ = [("a", c_int), ("b", c_double, 3)]
except TypeError as e:
    print(e)
print(bi(Broken))


class Abstract(Structure):
    _abstract_ = 1


for bad in [1, "x", None, Structure, Union, Array, _ctypes._Pointer, _ctypes._SimpleCData,
            type(Structure), type, Abstract, S.a]:
    try:
        print(bi(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(bi.__doc__, bi.__text_signature__)
