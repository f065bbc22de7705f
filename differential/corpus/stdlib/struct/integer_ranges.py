# struct's integer range checks and messages for every integer code, byte order and value at
# and beyond each limit: Krait checks small ints without big-integer arithmetic.
import struct

codes = "bBhHiIlLqQnN"
orders = ["@", "=", "<", ">", "!"]
limits = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63,
          -2**63 - 1, 2**64 - 1, 2**64, -2**64, 2**100, -2**100]
for order in orders:
    for code in codes:
        if order != "@" and code in "nN":
            continue
        fmt = order + code
        results = []
        for value in limits:
            try:
                results.append(struct.unpack(fmt, struct.pack(fmt, value))[0] == value)
            except struct.error as e:
                results.append("error: " + str(e))
            except OverflowError as e:
                results.append("overflow: " + str(e))
        print(fmt, results)


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(struct.pack("<HQb", Index(65535), Index(2**64 - 1), Index(-128)))
for bad in [1.5, "1", None]:
    try:
        struct.pack("<i", bad)
    except struct.error as e:
        print(type(bad).__name__, e)
for i in range(3):
    print(struct.pack("<IhB", 4000000000 + i, -30000 + i, 250 + i))
