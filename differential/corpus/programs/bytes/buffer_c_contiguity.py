# A strided memoryview has no single run of bytes: consumers that ask for a simple buffer
# refuse it (BufferError, or their own TypeError), while copying constructors gather it.
import binascii
import hashlib
import io
import struct
import zlib

strided = memoryview(b"abcdefgh")[::2]
grid = memoryview(bytearray(b"abcdef")).cast("B", (2, 3))
print(strided.c_contiguous, grid.c_contiguous, bytes(strided), bytearray(strided))


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# consumers that let the BufferError through
attempt("hexlify", lambda: binascii.hexlify(strided))
attempt("crc32", lambda: binascii.crc32(strided))
attempt("b2a_base64", lambda: binascii.b2a_base64(strided))
attempt("find", lambda: b"abc".find(strided))
attempt("startswith", lambda: b"aceg".startswith(strided))
attempt("BytesIO", lambda: io.BytesIO(strided))
attempt("BytesIO.write", lambda: io.BytesIO().write(strided))
attempt("zlib.crc32", lambda: zlib.crc32(strided))
attempt("sha256", lambda: hashlib.sha256(strided).hexdigest())
attempt("struct.unpack", lambda: struct.unpack("4s", strided))
attempt("%b", lambda: b"%b" % strided)

# consumers that answer any failed request with their own TypeError
attempt("a2b_base64", lambda: binascii.a2b_base64(strided))
attempt("concat", lambda: b"x" + strided)
attempt("bytearray concat", lambda: bytearray(b"x") + strided)
attempt("join", lambda: b"".join([b"x", strided]))
attempt("extend", lambda: bytearray().extend(strided))
attempt("str()", lambda: str(strided, "ascii"))
attempt("int()", lambda: int(strided))
attempt("float()", lambda: float(strided))

# copying constructors and comparisons take any layout
attempt("from_bytes", lambda: int.from_bytes(strided, "big"))
attempt("eq", lambda: (strided == b"aceg", bytearray(b"aceg") == strided))
attempt("tobytes", lambda: memoryview(strided).tobytes())
target = bytearray(b"wxyz")
target[0:4] = strided
attempt("slice assignment", lambda: target)

# a C-contiguous view of several dimensions is a simple buffer
attempt("2-d hexlify", lambda: binascii.hexlify(grid))
attempt("2-d concat", lambda: b"" + grid)
attempt("single item", lambda: binascii.hexlify(memoryview(b"ab")[::2]))

released = memoryview(b"ab")
released.release()
attempt("released concat", lambda: b"x" + released)
attempt("released find", lambda: b"x".find(released))
