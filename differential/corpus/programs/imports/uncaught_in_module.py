# An uncaught error raised while an imported package runs: the traceback goes through the
# import statement into the package's __init__, without importlib's own frames.
import sys
print("importing a package whose body fails")
print("pkg_basic" in sys.modules)
import pkg_basic
print(pkg_basic.VERSION)
print("broken" in sys.modules)
print(len(sys.argv))
import broken
