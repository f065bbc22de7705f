import sys
import pkg_basic.core
import pkg_basic.core
first = sys.modules["pkg_basic.core"]
print(first is pkg_basic.core)
del sys.modules["pkg_basic.core"]
import pkg_basic.core as reloaded
print(reloaded is first, reloaded.FACTOR)
m = __import__("pkg_basic.util.strings")
print(m.__name__)
m2 = __import__("pkg_basic.util.strings", fromlist=["shout"])
print(m2.__name__, m2.shout("x"))
sys.modules["fake_module"] = "anything can live here"
import fake_module
print(fake_module)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(type(sys.modules).__name__, "builtins" in sys.modules, "sys" in sys.modules)
