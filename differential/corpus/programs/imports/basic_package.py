import sys
import pkg_basic
print(pkg_basic.VERSION, pkg_basic.add(1, 2), pkg_basic.scale(5))
print(pkg_basic.__name__, pkg_basic.__package__, pkg_basic.__doc__)
print(pkg_basic.__file__.replace("\\", "/").split("/")[-2:])
print(type(pkg_basic).__name__, type(pkg_basic.__path__).__name__, len(pkg_basic.__path__))
print(sorted(m for m in sys.modules if m.startswith("pkg_basic")))
print(pkg_basic.core.FACTOR, pkg_basic.core.__name__, pkg_basic.core.__package__)
print(pkg_basic.__spec__.name, pkg_basic.__spec__.parent, pkg_basic.core.__spec__.parent)
import pkg_basic as again
print(again is pkg_basic, sys.modules["pkg_basic"] is pkg_basic)
print(__name__, __package__, __spec__)
