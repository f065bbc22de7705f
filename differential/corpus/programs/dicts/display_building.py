# A dict display evaluates every key and value before it hashes any key (BUILD_MAP, up to 17
# pairs; longer displays are built in parts), and keeps the first place of a repeated key.


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return 1

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n


def value(x):
    print("value", x)
    return x


d = {Key(1): value(1), Key(2): value(2), Key(1): value(3)}
print(len(d), [v for v in d.values()])
d = {Key(1): value(1), **{}, Key(2): value(2)}
print(len(d))

for n in range(0, 40):
    names = {"k%d" % i: i for i in range(n)}
    const_keys = eval("{" + ", ".join("'k%d': %d" % (i, i) for i in range(n)) + "}")
    name_keys = eval("{" + ", ".join("k%d: k%d" % (i, i) for i in range(n)) + "}", names)
    int_keys = eval("{" + ", ".join("%d: None" % i for i in range(n)) + "}")
    mixed = eval("{" + ", ".join("%r: 0" % (i if i % 2 else "s%d" % i) for i in range(n)) + "}")
    repeated = eval("{" + ", ".join("'k%d': %d" % (i % 5, i) for i in range(n)) + "}")
    print(n, list(const_keys.items())[-2:], list(name_keys.values())[-2:], list(int_keys)[-2:],
          list(mixed)[-3:], list(repeated.items())[:2], len(repeated))

big = {Key(i): value(i) for i in range(2)}
print(len(big))
keys = [Key(i) for i in range(20)]
print(len(eval("{" + ", ".join("keys[%d]: value(%d)" % (i, i) for i in range(20)) + "}")))
try:
    {1: 2, [3]: 4}
except TypeError as e:
    print("TypeError:", e)
