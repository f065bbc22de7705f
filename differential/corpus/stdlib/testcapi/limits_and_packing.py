# _testcapi as CPython's tests use it: the C type limits (test_sqlite3, test_bytes, test_time
# compare against them), float packing (test_float), exceptions raised and reported "from C".
import sys
import _testcapi as capi

limits = ["CHAR_MAX", "CHAR_MIN", "UCHAR_MAX", "SHRT_MAX", "SHRT_MIN", "USHRT_MAX", "INT_MAX",
          "INT_MIN", "UINT_MAX", "LONG_MAX", "LONG_MIN", "ULONG_MAX", "LLONG_MAX", "LLONG_MIN",
          "ULLONG_MAX", "PY_SSIZE_T_MAX", "PY_SSIZE_T_MIN", "SIZEOF_TIME_T", "FLT_MAX",
          "FLT_MIN", "DBL_MAX", "DBL_MIN", "the_number_three"]
for name in limits:
    print(name, getattr(capi, name))
print(capi.PY_SSIZE_T_MAX == sys.maxsize, capi.Py_Version == sys.hexversion)
print(capi.error, capi.error.__mro__[1:])
print("W_STOPCODE(19) =", capi.W_STOPCODE(19))

for size in (2, 4, 8):
    for le in (0, 1):
        for x in (1.5, -0.0, 65504.0, 1e-8, float("inf"), 3.141592653589793, -2.5e-5):
            packed = capi.float_pack(size, x, le)
            print(size, le, x, packed.hex(), capi.float_unpack(packed, le))

for call in [lambda: capi.float_pack(3, 1.0, 0), lambda: capi.float_pack(4, 1e300, 0),
             lambda: capi.float_pack(2, 1e6, 1), lambda: capi.float_pack(2, "x", 0),
             lambda: capi.float_unpack(b"abc", 0), lambda: capi.float_unpack("ab", 0),
             lambda: capi.float_unpack(bytearray(b"\x00\x3c"), 1),
             lambda: capi.float_unpack(memoryview(b"\x3c\x00"), 0),
             lambda: capi.float_unpack(None, 1),
             lambda: capi.raise_exception(ValueError, 3), lambda: capi.raise_exception(KeyError, 0),
             lambda: capi.raise_exception(3, 3), lambda: capi.raise_memoryerror()]:
    try:
        call()
    except BaseException as e:
        print(type(e).__name__, e.args)

def hook(unraisable):
    print("hook:", type(unraisable.exc_value).__name__, unraisable.exc_value,
          repr(unraisable.err_msg), unraisable.object)

capi.write_unraisable_exc(RuntimeError("to stderr"), "while testing", None)
sys.stderr.flush()
sys.unraisablehook = hook
capi.write_unraisable_exc(RuntimeError("boom"), "in a test", 42)
capi.write_unraisable_exc(ValueError("plain"), None, [1, 2])
