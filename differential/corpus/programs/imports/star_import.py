from pkg_basic import *
print(sorted(n for n in globals() if not n.startswith("__")))
print(add(2, 2), VERSION, scale(3))
try:
    _private
except NameError as e:
    print(e)
from pkg_basic.core import *
print(FACTOR, "core" in globals())
try:
    exec("def f():\n    from pkg_basic import *\n")
except SyntaxError as e:
    print(e)
