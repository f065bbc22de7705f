# subclasses of list, dict, int, str keep their behaviour and reprs
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([3, 1, 2])
m.append(4)
m.sort()
m.tag = "t"
print(m, m.total(), len(m), type(m).__name__, m[1:], type(m[1:]).__name__, m.tag)
print(m + [9], type(m + [9]).__name__, m == [1, 2, 3, 4], isinstance(m, list), repr(m))
class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d, len(d), type(d).__name__)
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "abca":
    c[ch] += 1
print(c, sorted(c.items()))
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
i = MyInt(5)
print(i, i + 1, type(i + 1).__name__, i * 2, str(i), f"{i}", i == 5, hash(i) == hash(5))
print(MyInt("12", 3) if False else MyInt("12"), MyInt(), -i, type(-i).__name__)
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Positive(4) + 1)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s, repr(s), s.shout(), s + "x", type(s + "x").__name__, s * 2, len(s), s == "hi")
print(type(s.upper()).__name__, "h" in s, s[0], type(s[0]).__name__, {s: 1}["hi"])
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("v", "T")
print(t, t.tag, t.__dict__)
class T(tuple):
    pass
tt = T((1, 2))
print(tt, repr(tt), tt + (3,), type(tt + (3,)).__name__, tt[0])
class ReprList(list):
    def __repr__(self):
        return "RL" + super().__repr__()
print(ReprList([1]), [ReprList([2])], str(ReprList()))
class F(float):
    pass
print(F(1.5), F(1.5) + 1, type(F(2) * 2).__name__)
