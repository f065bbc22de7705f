# A slice bound's __index__ may resize the list (or bytearray) being sliced: the length is taken
# after the bounds are evaluated, as CPython's list_ass_subscript does (no crash, same result).
class X:
    def __index__(self):
        a[:] = []
        return 1
a = list(range(10))
a[0:10:X()] = []
print(a)
a = list(range(10))
try:
    print(a[0:10:X()])
except Exception as e: print(type(e).__name__, e)
a = list(range(10))
del a[0:10:X()]
print(a)
b = bytearray(range(10))
class Y:
    def __index__(self):
        b[:] = b""
        return 1
b[0:10:Y()] = b""
print(b)
