class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
d = AttrDict(a=1)
d.b = 2
print(d, d.a, d.b, type(d).__name__, dict(d))
try:
    d.c
except AttributeError as e:
    print(repr(e))
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ld = LowerDict()
ld["KEY"] = 1
print(ld, ld["key"], ld["Key"], ld.get("KEY"), "KEY" in ld)
ld2 = LowerDict({"MIXED": 2})
print(ld2, ld2.copy(), type(ld2.copy()).__name__)
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a} and {b}".format_map(Default(a="A")), Default()["x"], Default().get("x"))
print(isinstance(d, dict), issubclass(AttrDict, dict), AttrDict.__mro__)
