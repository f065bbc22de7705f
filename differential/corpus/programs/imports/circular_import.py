import circular.a
print("main: a.A_DONE =", circular.a.A_DONE, "b.DONE =", circular.b.DONE)
import sys
print(sorted(m for m in sys.modules if m.startswith("circular")))
print(circular.a.b is circular.b, circular.b.a is circular.a)
try:
    from circular.b import A_DONE
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(circular.a.A_DONE, getattr(circular, "__file__", "?").endswith("__init__.py"))
print(type(circular.a).__name__, circular.a.__package__, circular.b.__spec__.name)
