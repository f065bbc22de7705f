def f(self, x=0):
    return ("f", type(self).__name__, x)
class A:
    pass
a = A()
bound = f.__get__(a, A)
print(bound(), bound(5), type(bound).__name__, f.__get__(None, A) is f)
print(type(f).__dict__["__get__"].__name__, hasattr(f, "__set__"))
sm = staticmethod(f)
cm = classmethod(f)
print(sm.__get__(a, A)(1), cm.__get__(a, A)(), cm.__get__(None, A)(2))
print(sm.__func__ is f, cm.__func__ is f, sm.__wrapped__ is f)
A.s, A.c, A.f = sm, cm, f
print(a.s("self?"), a.c(), a.f(), A.f(a, 9))
print(len.__get__ if hasattr(len, "__get__") else "builtins do not bind", [].append.__self__)
print(str.upper.__get__("abc")(), type(str.__dict__["upper"]).__name__)
class P:
    @property
    def v(self):
        return "prop"
print(type(P.__dict__["v"]).__name__, P.v.__get__(P()), P.v.__get__(None, P) is P.v)
