# inspect: signatures, parameters, source-free introspection of functions, classes and frames.
import inspect


def f(a, b: int = 2, *args, c, d="x", **kwargs) -> str:
    """Docstring of f.

    More text."""
    return "r"


async def coro():
    pass


def gen():
    yield 1


class Base:
    def method(self, x):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm(y=1):
        pass

    @property
    def prop(self):
        return 1


class Child(Base):
    pass


sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is p.empty, p.annotation)
b = sig.bind(1, c=3, extra=4)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(Base.method), inspect.signature(Base().method), inspect.signature(Base.sm), inspect.signature(Base.cm))
print(inspect.signature(lambda x, /, y, *, z: 0), inspect.signature(len), inspect.signature(sorted))
print(inspect.isfunction(f), inspect.ismethod(Base().method), inspect.isclass(Base), inspect.iscoroutinefunction(coro),
      inspect.isgeneratorfunction(gen), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(f), inspect.cleandoc("  a\n    b\n  c"), inspect.getmro(Child))
print([n for n, _ in inspect.getmembers(Child, inspect.isfunction)], inspect.getattr_static(Child, "prop"))
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, 2, 3, c=4))


def where():
    frame = inspect.currentframe()
    caller = frame.f_back
    return frame.f_code.co_name, caller.f_code.co_name, inspect.getframeinfo(frame).function


def outer():
    return where()


print(outer(), [fi.function for fi in inspect.stack()[:1]])
g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getmodule(f).__name__, inspect.unwrap(f) is f)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=5), inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
print(sig.replace(return_annotation=int), inspect.formatannotation(list[int]), inspect.isabstract(Base))
