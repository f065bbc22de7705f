# exec() with a globals' __builtins__ that is not a dict: names missing from the globals are read
# from it through __getitem__ (a KeyError, or __missing__, decides), functions made there keep it
# as their __builtins__, and an object that is no mapping fails at the first lookup.
import collections
code = compile("print('Hello World!')", "", "exec")
for b in ({}, 123, collections.UserDict({'print': lambda *a: print('custom', *a)})):
    try:
        exec(code, {'__builtins__': b})
    except Exception as e:
        print(type(e).__name__, e)
class M(dict):
    def __missing__(self, k): return 'missing-' + k
try:
    exec("print(len)", {'__builtins__': M(print=print)})
except Exception as e:
    print(type(e).__name__, e)
exec("print(type(__builtins__).__name__)", {'__builtins__': collections.UserDict(print=print, type=type)})
exec("def f(): return len\nprint(f.__builtins__ is __builtins__)", {'__builtins__': collections.UserDict(print=print, len=len)})
g = {'__builtins__': collections.UserDict(print=print)}
try:
    exec("class A: pass", g)
except NameError as e:
    print(e)
exec("class A: pass\nprint(A)", {"__name__": "m", '__builtins__': collections.UserDict(print=print, __build_class__=__build_class__)})
try:
