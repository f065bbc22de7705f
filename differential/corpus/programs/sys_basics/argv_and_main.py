# Run through Krait's launcher: sys.argv[0] is the file name as given on the command line,
# while __file__ and sys.path[0] are absolute.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(__name__, sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(__file__.endswith("/sys_basics/argv_and_main.py"), __file__.startswith("/"))
print(sys.path[0].endswith("/sys_basics"), sys.path[0].startswith("/"))
print(__spec__, __package__, __doc__, __cached__ if "__cached__" in dir() else "no __cached__")
print(__builtins__.__name__ if not isinstance(__builtins__, dict) else "dict builtins")
print(sorted(n for n in dir() if n.startswith("__")))
main = sys.modules["__main__"]
print(main.sys is sys, hasattr(main, "main"), type(main).__name__)
