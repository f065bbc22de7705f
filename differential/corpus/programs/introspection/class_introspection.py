class A:
    pass
class B(A):
    x: int = 1
class C(B):
    pass
print(C.__mro__, C.__bases__, C.__base__, A.__subclasses__(), B.__subclasses__())
print(C.mro(), type.mro(C) == list(C.__mro__), object.__subclasses__.__qualname__)
print(B.__annotations__, C.__annotations__ if "__annotations__" in C.__dict__ else "inherited")
print(C.__dict__.keys() - {"__doc__"}, B.__dict__["x"], C.x)
print(type(C).__name__, C.__class__.__name__, isinstance(C, type), callable(C))
print(C.__flags__ & (1 << 9) != 0 if hasattr(C, "__flags__") else None)
print(A.__module__, A.__doc__, A.__weakref__.__class__.__name__, A.__dict__["__dict__"].__class__.__name__)
print(issubclass(C, A), issubclass(A, C), isinstance(C(), A))
print(sorted(m for m in type.__dict__ if m.startswith("__") and m.endswith("__"))[:12])
print(int.__mro__, bool.__mro__, type(None).__mro__)
