# The modules CPython 3.11 freezes: their reprs, specs and files, the code names tracebacks
# show, _imp's frozen functions, the __hello__/__phello__ test packages, and a local os.py that
# does not shadow the frozen os.
import _imp
import os
import sys
import tempfile
import traceback

STDLIB = sys._stdlib_dir


def show(value):
    print(str(value).replace(STDLIB, "<stdlib>").replace(__file__, "frozen_modules.py"))


for name in ["os", "os.path", "abc", "codecs", "stat", "site", "runpy", "importlib.util"]:
    __import__(name)
    module = sys.modules[name]
    show(module)
    show(module.__spec__)
    show(module.__spec__.loader_state)
    show((module.__file__, hasattr(module, "__cached__"), module.__loader__))

show(os.makedirs.__code__.co_filename)
# Krait freezes only what the installed Lib has the source of (docs/DIFFERENCES.md)
show([n for n in _imp._frozen_module_names()
      if n != "__hello_only__" and not n.startswith("__phello__.ham")])
for name in ["os", "os.path", "__phello__", "__phello__.__init__", "__hello_alias__",
             "__phello_alias__", "_frozen_importlib", "json", "nothing"]:
    show((name, _imp.is_frozen(name), _imp.find_frozen(name)))
print(_imp.is_frozen_package("__phello__"), _imp.is_frozen_package("__phello__.spam"))
try:
    _imp.is_frozen_package("json")
except ImportError as e:
    print("ImportError:", e, e.name)
code = _imp.get_frozen_object("__hello__")
show((code.co_filename, code.co_name))
try:
    _imp.get_frozen_object("x", b"6'\xd5Cu\x12")
except ImportError as e:
    print("ImportError:", e)

import __hello__
import __phello__.spam
import __phello_alias__.spam
__hello__.main()
for module in [__hello__, __phello__, __phello__.spam, __phello_alias__,
               __phello_alias__.spam]:
    show((module, module.__spec__, getattr(module, "__path__", None),
          getattr(module, "__file__", None)))

try:
    os.environ["KRAIT_SURELY_NOT_SET"]
except KeyError:
    show(traceback.format_exc())

with tempfile.TemporaryDirectory() as folder:
    with open(os.path.join(folder, "stat.py"), "w") as f:
        f.write("raise SystemExit('the local stat.py ran')\n")
    sys.path.insert(0, folder)
    del sys.modules["stat"]
    import stat
    show(stat)
    sys.path.remove(folder)
