# ctypes reads indices, offsets and sizes as Py_ssize_t: values too large for one raise
# CPython's exceptions instead of wrapping around to a small index.
import ctypes


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def set_at(obj, i):
    obj[i] = 9


arr = (ctypes.c_int * 3)(1, 2, 3)
ptr = ctypes.pointer(ctypes.c_int(5))
for i in (2**64, 2**63, -2**64, 2**100):
    attempt("array[%d]" % i, lambda: arr[i])
    attempt("array[%d] = 9" % i, lambda: set_at(arr, i))
    attempt("pointer[%d]" % i, lambda: ptr[i])
    attempt("pointer[%d] = 9" % i, lambda: set_at(ptr, i))
    attempt("pointer[0:%d]" % i, lambda: ptr[0:i])
    attempt("pointer[%d:1]" % i, lambda: ptr[i:1])
    attempt("pointer[0:1:%d]" % i, lambda: ptr[0:1:i])
    attempt("resize(%d)" % i, lambda: ctypes.resize(ctypes.c_int(1), i))
    attempt("from_buffer_copy offset %d" % i,
            lambda: ctypes.c_int.from_buffer_copy(bytes(8), i))
print(list(arr), ptr[0])
