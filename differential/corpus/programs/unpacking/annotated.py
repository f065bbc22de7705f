x: int = 5
y: list[int]
print(x, __annotations__)
try:
    print(y)
except NameError as e:
    print(e)
class C:
    a: int = 1
    b: str
    c: "forward" = None
print(C.__annotations__, C.a, hasattr(C, "b"))
def f(a: int, *args: str, k: float = 1.0, **kw: bool) -> None:
    z: int = 3
    return z
print(f.__annotations__, f(1))
obj = C()
obj.attr: int = 5
print(obj.attr)
d = {}
d["key"]: str = "v"
print(d)
(paren): int = 7
print(paren, "paren" in __annotations__)
count: int
count = 1
count += 1
print(count, sorted(__annotations__))
