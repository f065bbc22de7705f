# Errors raised inside a codec reached through the registry: plain exceptions are re-raised
# naming the codec, chained to the original; exceptions with more state pass unchanged.
import codecs
class E1(ValueError): pass
class E2(ValueError):
    def __init__(self, *a): super().__init__(*a)
class E3(Exception): pass
def search(name):
    if name.startswith("raise"):
        exc = {"raise1": E1("one"), "raise2": E2("two"), "raise3": E3("a", "b"), "raise4": KeyError("k"), "raise5": OSError(2, "x"), "raise6": ValueError()}[name]
        def f(*a):
            raise exc
        return codecs.CodecInfo(f, f, name=name)
codecs.register(search)
for n in range(1, 7):
    try:
        codecs.encode("x", "raise%d" % n)
    except Exception as e:
        print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__)
    try:
        b"x".decode("raise%d" % n)
    except Exception as e:
        print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__)
