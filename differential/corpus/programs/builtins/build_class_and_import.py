import builtins
def body():
    x = 1
    def method(self):
        return "made by __build_class__"
print(type(__build_class__).__name__)
C = __build_class__(body, "C")
print(C.__name__, sorted(k for k in vars(C) if not k.startswith("__")), C.__qualname__)
class Base:
    pass
D = __build_class__(lambda: None, "D", Base)
print(D.__bases__, D.__mro__)
try:
    __build_class__()
except TypeError as e:
    print(e)
try:
    __build_class__(5, "X")
except TypeError as e:
    print(e)
sys_mod = __import__("sys")
print(sys_mod.__name__, __import__("builtins") is builtins)
original = builtins.__import__
log = []
def tracing_import(name, *args, **kwargs):
    log.append(name)
    return original(name, *args, **kwargs)
builtins.__import__ = tracing_import
import sys
from sys import argv
builtins.__import__ = original
print(log)
