class Both:
    def __str__(self):
        return "str form"
    def __repr__(self):
        return "repr form"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "only str"
b = Both()
print(b, str(b), repr(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b), format(b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], {"k": OnlyRepr()})
print(OnlyStr(), str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
class Bad:
    def __repr__(self):
        return 5
try:
    repr(Bad())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class Rec:
    def __repr__(self):
        return "Rec(" + ", ".join(repr(c) for c in self.children) + ")"
    def __init__(self, *children):
        self.children = children
print(Rec(Rec(), Rec(Rec())))
print(repr(object()).startswith("<object object at"), repr(Both).endswith("Both'>"), Both)
