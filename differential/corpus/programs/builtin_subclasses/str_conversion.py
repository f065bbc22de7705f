# str(x) gives whatever x.__str__ returned (a str subclass instance included); a str subclass's
# constructor always makes a new instance; str of a subclass instance is an exact copy.
class StrSubclass(str): pass
class OtherStrSubclass(str): pass
class WithStr:
    def __init__(self, value): self.value = value
    def __str__(self): return self.value
class StrWithStr(str):
    def __new__(cls, value):
        self = str.__new__(cls, "")
        self.value = value
        return self
    def __str__(self): return self.value
class WithRepr:
    def __init__(self, value): self.value = value
    def __repr__(self): return self.value
for v in [str(WithStr(StrSubclass('abc'))), StrSubclass(WithStr('abc')), StrSubclass(WithStr(StrSubclass('abc'))),
          StrSubclass(WithStr(OtherStrSubclass('abc'))), str(StrWithStr(StrSubclass('abc'))), StrSubclass(StrWithStr('abc')),
          StrSubclass(StrWithStr(StrSubclass('abc'))), str(WithRepr(StrSubclass('<abc>'))), StrSubclass(WithRepr('<abc>')),
          str(StrSubclass('x')), format(StrSubclass('y')), '%s' % StrSubclass('z'), f"{StrSubclass('w')}"]:
    print(type(v).__name__, v)
s = StrSubclass('k'); s.attr = 1
t = StrSubclass(s)
print(t is s, hasattr(t, 'attr'), type(str(s)).__name__, str(s) is s)
