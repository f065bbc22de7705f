# Builtin-type subclasses: __getnewargs__, str(), conversions and str methods give exact builtin
# values, so copy.deepcopy of a str subclass (email's headers) does not recurse forever.
import copy
class S(str): pass
class B(bytes): pass
class I(int): pass
class F(float): pass
class T(tuple): pass
class C(complex): pass
class FS(frozenset): pass
for v in [S("ab"), B(b"x"), I(5), F(1.5), T((1, 2)), C(1+2j)]:
    a = v.__getnewargs__()
    print(type(v).__name__, a, [type(x).__name__ for x in a])
s = S("ab")
print(type(s.__str__()).__name__, type(str.__str__(s)).__name__, type(str(s)).__name__,
      type(format(s)).__name__, type(f"{s}").__name__, type("%s" % s).__name__,
      type(s + "").__name__, type(s[:]).__name__, type(s * 1).__name__, type(s.strip()).__name__,
      type(s.lower()).__name__, type("".join([s])).__name__, type(s.replace("x", "y")).__name__)
print(type(str(S("x"))).__name__, type(bytes(B(b"y"))).__name__, type(int(I(3))).__name__,
      type(float(F(2.0))).__name__, type(tuple(T((1,)))).__name__, type(frozenset(FS([1]))).__name__,
      type(complex(C(1j))).__name__)
print(type(+I(3)).__name__, type(-F(2.0)).__name__, type(abs(I(-3))).__name__, type(I(3).real).__name__,
      type(round(F(2.5))).__name__, type(F(2.0).real).__name__, type(I(2).numerator).__name__)
x = copy.deepcopy(S("q")); print(type(x).__name__, x)
print(repr(copy.deepcopy([S("a"), B(b"b"), I(1), F(2.0), T((S("c"),))])))
