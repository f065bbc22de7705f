# Simple C types: values, wrapping, sizes, reprs, from_param and byte order.
from ctypes import *

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_float, c_double, c_bool, c_char, c_wchar,
          c_char_p, c_wchar_p, c_void_p, c_size_t, c_ssize_t):
    print(t.__name__, t._type_, sizeof(t), alignment(t))

print(c_int(5), c_uint(-1).value, c_byte(300).value, c_ubyte(-1).value)
print(c_short(0x12345).value, c_ulonglong(-1).value, c_longlong(2**63).value)
print(c_float(1.1).value, c_double(2.5), c_bool(3), c_bool(0).value)
print(c_char(b"x"), c_char(65).value, c_wchar("é").value)
print(c_char_p(b"hello").value, c_wchar_p("wide").value, c_void_p(None).value)
print(c_void_p(1234).value, bool(c_int(0)), bool(c_int(2)))

x = c_int()
x.value = 42
print(x.value, repr(x))
for bad in ("s", 1.5, None):
    try:
        c_int(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    c_char(b"ab")
except TypeError as e:
    print("TypeError", e)
try:
    c_double("x")
except TypeError as e:
    print("TypeError", e)


class MyInt(c_int):
    pass


m = MyInt(7)
print(m.value, type(m).__name__, isinstance(m, c_int))
print(repr(c_int.from_param(3)), c_int.from_param(m) is m)
try:
    c_int.from_param("x")
except TypeError as e:
    print("TypeError", e)

be = c_int.__ctype_be__(0x01020304)
print(be.value, bytes(memoryview(bytearray(string_at(addressof(be), 4)))))
le = c_int.__ctype_le__(0x01020304)
print(string_at(addressof(le), 4), c_int.__ctype_le__ is c_int)
print(c_double.__ctype_be__(1.0).value)

try:
    class Bad(c_int.__base__):
        _type_ = "y"
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad2(c_int.__base__):
        pass
except AttributeError as e:
    print("AttributeError", e)
