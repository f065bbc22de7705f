# bytes built with + and += in loops (where a growing buffer may be shared by the results):
# every intermediate result keeps its own value, reads in between, subclasses, bytes-likes,
# the empty operand, identity of the result, and the errors.
def build(n, piece):
    b = b""
    seen = []
    for i in range(n):
        b += piece
        if i % 97 == 0:
            seen.append(b)           # an earlier result, kept while b grows
    return b, seen


b, seen = build(1000, b"abc")
print(len(b), b[:10], b[-10:], b.count(b"abc"))
print([len(s) for s in seen][:5], all(s == b[:len(s)] for s in seen))
print(hash(seen[3]) == hash(b[:len(seen[3])]), seen[3] == b[:len(seen[3])])

# branching: two results made from one prefix
base = b"x" * 300
base = base + b"y"           # a concatenation's result
left = base + b"L"
right = base + b"R"          # the prefix is no longer the whole buffer
left2 = left + b"l"
print(left[-3:], right[-3:], left2[-3:], len(base), len(left), len(right), len(left2))
print(base[-2:], left == base + b"L", right.endswith(b"yR"))

# reading in between (len does not need the bytes; other reads do)
acc = b""
lens = []
for i in range(300):
    acc += bytes([i % 256])
    if i % 50 == 0:
        lens.append((len(acc), acc[-1], acc.find(bytes([i % 256]))))
print(lens)
acc2 = acc + b"!"
print(acc2[-3:], acc[-2:], acc.hex()[:20], acc2.decode("latin-1")[-2:])

# the empty operand: an exact bytes comes back itself (CPython: bytes_concat)
x = b"abc" * 100
print((x + b"") is x, (b"" + x) is x)


class B(bytes):
    pass


sub = B(b"sub")
r1 = sub + b""
r2 = b"" + sub
print(type(r1).__name__, type(r2).__name__, r1, r2, r1 is sub, r2 is sub)
y = b"q" * 300
for i in range(5):
    y += B(b"s")
print(type(y).__name__, y[-6:], len(y))

# bytes-like operands
z = b"z" * 300
for piece in (bytearray(b"ba"), memoryview(b"mv"), b"bb"):
    z += piece
    print(len(z), z[-4:])
ba = bytearray(b"front")
print(ba + z[:3], type(ba + z[:3]).__name__)

# errors
for bad in ("str", 1, None, [1]):
    try:
        z + bad
    except TypeError as e:
        print("TypeError:", e)
try:
    z += "str"
except TypeError as e:
    print("TypeError:", e)
print(len(z))

# str concatenation in loops, the same way
s = ""
kept = []
for i in range(400):
    s += chr(97 + i % 26)
    if i % 150 == 0:
        kept.append(s)
t = s + "!"
u = s + "?"
print(len(s), s[-5:], [len(k) for k in kept], t[-2:], u[-2:], kept[1][-3:])
print(("" + s) is s, (s + "") is s)

# bytearray growth in loops and joins
ba = bytearray()
for i in range(1000):
    ba += b"xy"
    ba.append(65 + i % 26)
    ba.extend(b"zz")
    ba.extend([48 + i % 10])
print(len(ba), ba[:12], ba[-12:])
parts = [b"%d" % i for i in range(300)]
print(len(b"".join(parts)), b",".join(parts)[:30], b"-".join(parts[:3]))
print(bytearray(b", ").join([b"a", bytearray(b"b"), memoryview(b"c")]))
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)

# += on lists and bytearrays extends them in place (the same object), also while iterated
lst = []
alias = lst
for i in range(5):
    lst += [i]
    lst += (i, i)
    lst += "ab"
print(lst is alias, len(lst), lst[:8])
ba = bytearray(b"q")
alias = ba
for i in range(3):
    ba += b"xy"
    ba += bytearray(b"z")
    ba += memoryview(b"m")
print(ba is alias, ba)
for bad in (1, "s", None):
    for target in ([1], bytearray(b"1")):
        try:
            target += bad
            print(type(target).__name__, target)
        except TypeError as e:
            print("TypeError:", e)


class L(list):
    def __iadd__(self, other):
        return "L.__iadd__"


class BA(bytearray):
    def __iadd__(self, other):
        return "BA.__iadd__"


x = L([1])
x += [2]
y = BA(b"1")
y += b"2"
print(x, y)
