# What struct.pack says for ints that do not fit: the native and standard packers read the
# value differently, and an int that overflows any packer becomes "int too large to convert".
import struct

FORMATS = ("<q", "<Q", ">Q", ">q", "!q", "=Q", "q", "Q", "<P", "P", "e", "<e", ">f", "f",
           "<i", ">I", ">h", "<h", "h", ">H", "<H", "H", "b", ">B", ">l", ">L", "<L", "n", "N")
VALUES = (-1, 200, 70000, 1 << 31, 1 << 63, 1 << 64, -(1 << 64), 1 << 2000, 1e300, True)

for fmt in FORMATS:
    for v in VALUES:
        shown = "big" if isinstance(v, int) and abs(v) > 1 << 100 else v
        try:
            print(fmt, shown, struct.pack(fmt, v).hex())
        except Exception as e:
            print(fmt, shown, type(e).__name__, e)
