# repr/str of floats near the edges of the positional range and of the range where Krait takes
# Java's own text (zero and magnitudes in [1e-3, 1e7)), also as json writes them and in joins.
import json
import math
import random
import struct

edges = [0.0, -0.0, 1e-3, -1e-3, 0.001, 0.00099999, 0.0009999999999999998, 1e7, -1e7,
         9999999.999999998, 9999999.5, 1e-4, 1e-5, 1e16, 1e15, 123.0, 2.5e-4, 5e-324,
         math.nextafter(1e-3, 0), math.nextafter(1e-3, 1), math.nextafter(1e7, 0),
         math.nextafter(1e7, math.inf), 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 100.0, 1234567.125]
for x in edges:
    print(repr(x), str(x), json.dumps(x), json.dumps([x], indent=1).replace("\n", " "))

rng = random.Random(11)
low = struct.unpack("<Q", struct.pack("<d", 1e-3))[0]
high = struct.unpack("<Q", struct.pack("<d", 1e7))[0]
sample = [struct.unpack("<d", struct.pack("<Q", rng.randint(low, high)))[0] for _ in range(300)]
sample += [rng.randint(0, 10 ** 7) / rng.choice([8, 10, 1000, 3, 7]) for _ in range(300)]
print(",".join(map(repr, sample)))
print(json.dumps(sample, sort_keys=True) == "[" + ", ".join(map(repr, sample)) + "]")
print("-".join(("a",)), "+".join(["x", "y"]), repr("".join([])), ".".join(iter(["p", "q"])))
