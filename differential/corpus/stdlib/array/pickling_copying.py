# Arrays through pickle (every protocol, every type code), copy and deepcopy, subclasses with
# attributes, the reconstructor's conversions between machine formats, and iterator pickling.
import array
import copy
import pickle


class Samples(array.array):
    pass


for code in array.typecodes:
    a = array.array(code, "héllo\U0001F600" if code == "u" else [1, 2, 3, 127])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        assert b == a and b.typecode == a.typecode and type(b) is array.array, (code, proto)
    print(code, a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(3)[1][1:3],
          pickle.loads(pickle.dumps(a, 4)))

s = Samples("d", [0.5, 1.5])
s.rate = 44100
for proto in (0, 2, 3, 5):
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(t).__name__, t, t.rate, t == s)

c = copy.copy(s)
d = copy.deepcopy(array.array("i", [1, 2]))
print(type(c).__name__, c, d, c is s, s.__copy__(), s.__deepcopy__({}))

r = array._array_reconstructor
print(r(array.array, "i", 9, b"\x00\x00\x00\x01\x00\x00\x00\x02"))   # big-endian int32
print(r(array.array, "l", 8, b"\xff\xff\xff\xff"))                   # 32-bit long
print(r(array.array, "L", 7, b"\x00\x00\x00\x05"))
print(r(array.array, "d", 17, b"\x3f\xf8\x00\x00\x00\x00\x00\x00"))  # big-endian double
print(r(array.array, "f", 15, b"\x3f\xc0\x00\x00"))
print(r(array.array, "u", 19, "hi".encode("utf-16-be")))
print(r(array.array, "u", 18, "ok".encode("utf-16-le")))
print(r(array.array, "q", 13, b"\xff" * 8), r(array.array, "B", 1, b"\xff\x01"))
print(type(r(Samples, "b", 1, b"\x01")).__name__)
for args in ((int, "i", 8, b""), (1, "i", 8, b""), (array.array, "x", 8, b""),
             (array.array, "i", 22, b""), (array.array, "i", -1, b""),
             (array.array, "i", 8, "str"), (array.array, "i", 9, b"\x00\x01"),
             (array.array, "ii", 8, b"")):
    try:
        r(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

it = iter(array.array("h", [10, 20, 30, 40]))
next(it)
state = pickle.dumps(it)
print(list(pickle.loads(state)), list(it))
print(it.__reduce__()[1], list(it))
it2 = iter(array.array("h", [1, 2, 3]))
it2.__setstate__(2)
print(list(it2))
it3 = iter(array.array("h", [1, 2, 3]))
it3.__setstate__(-5)
print(list(it3))
