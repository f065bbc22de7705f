# Calling the C library: argtypes/restype, callbacks, errno, pointers, memory functions.
import ctypes
import ctypes.util
import errno
import os
from ctypes import *

libc = CDLL(ctypes.util.find_library("c"), use_errno=True)

print(libc.strlen(b"hello, world"))
libc.abs.argtypes = [c_int]
libc.abs.restype = c_int
print(libc.abs(-42), libc.abs.argtypes, libc.abs.restype)
libc.labs.argtypes = (c_long,)
libc.labs.restype = c_long
print(libc.labs(-(2 ** 40)))
libc.strtod.restype = c_double
libc.strtod.argtypes = [c_char_p, POINTER(c_char_p)]
end = c_char_p()
print(libc.strtod(b"3.25rest", byref(end)), end.value)

libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print(libc.strchr(b"find the x here", ord("x")))
print(libc.strchr(b"abc", ord("z")))

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []


def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]


values = (c_int * 8)(5, 1, 7, 33, 99, -4, 0, 12)
libc.qsort(values, len(values), sizeof(c_int), CMPFUNC(py_cmp))
print(list(values), len(calls) > 0)

buf = create_string_buffer(16)
memmove(buf, b"abcdef", 6)
print(buf.value, sizeof(buf))
memset(addressof(buf) + 2, ord("Z"), 2)
print(buf.value, string_at(buf, 3))

set_errno(0)
fd = libc.open(b"/nonexistent/krait/path", os.O_RDONLY)
print(fd, get_errno() == errno.ENOENT, os.strerror(get_errno()))
print(set_errno(5), get_errno())

n = c_int(10)
p = pointer(n)
p.contents.value += 5
print(n.value, p[0], bool(p), bool(POINTER(c_int)()))
pp = cast(p, c_void_p)
print(pp.value == addressof(n))
back = cast(pp, POINTER(c_int))
print(back.contents.value)


class Pair(Structure):
    _fields_ = [("a", c_int), ("b", c_int)]


div = libc.div
div.restype = Pair
div.argtypes = [c_int, c_int]
q = div(17, 5)
print(q.a, q.b)

try:
    libc.abs("x")
except ArgumentError as e:
    print("ArgumentError", e)
try:
    libc.no_such_function_krait
except AttributeError:
    print("AttributeError")

errcheck_seen = []


def check(result, func, args):
    errcheck_seen.append((result, args))
    return result * 2


libc.atoi.errcheck = check
print(libc.atoi(b"21"), errcheck_seen)
