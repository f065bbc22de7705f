# marshal: a container the value holds twice comes back as one object (a list or dict may even
# hold itself); buffers are written as bytes; sets are written in the order of their items'
# data, whatever the hash seed; TYPE_INT64 ('I') is read; loads() wants a bytes-like object;
# load() reads through readinto and refuses a reader that claims more than it was asked for.
import array
import io
import marshal

shared = [1.5, "x"]
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair, pair[0] is pair[1])
frozen = frozenset({123, "abc"})
pair = marshal.loads(marshal.dumps([frozen, frozen]))
print(pair[0] is pair[1])

looped = [1, 2]
looped.append(looped)
back = marshal.loads(marshal.dumps(looped))
print(back[:2], back[2] is back)
d = {"k": 1}
d["self"] = d
back = marshal.loads(marshal.dumps(d))
print(back["k"], back["self"] is back)

for value in (bytearray(b"abc"), memoryview(b"abc"), array.array("B", b"abc")):
    # (whether the data carries FLAG_REF follows CPython's reference count: not compared)
    data = marshal.dumps(value)
    print(type(value).__name__, data[0] & 0x7f == ord("s"), marshal.loads(data))

# after the type byte, which may carry FLAG_REF (and so shift later reference numbers)
print(marshal.dumps({"x", "y", "z", b"a", 1, 2.5})[1:])
print(marshal.loads(marshal.dumps(frozenset({("Spam", 0), ("Spam", 1), ("Spam", 2)}))))

print(marshal.loads(b"I\xfe\xdc\xba\x98\x76\x54\x32\x10") == 0x1032547698badcfe)
print(marshal.loads(b"I\x01\x23\x45\x67\x89\xab\xcd\xef") == -0x1032547698badcff)

try:
    marshal.loads("T")
except TypeError as e:
    print("TypeError", e)


class BadReader(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        return n + 10**6 if n is not None and n > 4 else n


for value in (1.0, b"0123456789"):
    try:
        marshal.load(BadReader(marshal.dumps(value)))
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])

stream = io.BytesIO(marshal.dumps([1, 2]) + marshal.dumps("next") + b"tail")
print(marshal.load(stream), marshal.load(stream), stream.read())
