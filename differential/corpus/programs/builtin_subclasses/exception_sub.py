class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message
    def __str__(self):
        return f"[{self.code}] {self.message}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, Exception))
class Quiet(Exception):
    pass
print(repr(Quiet()), str(Quiet()), repr(Quiet("a")), str(Quiet("a", 1)), Quiet(1, 2).args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuper(5)
print(e.args, str(e), repr(e), e.x)
class WithRepr(ValueError):
    def __repr__(self):
        return "custom repr"
print(repr(WithRepr("v")), str(WithRepr("v")), WithRepr.__mro__)
class KE(KeyError):
    pass
print(str(KE("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
