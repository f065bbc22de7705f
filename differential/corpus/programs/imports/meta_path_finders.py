# sys.meta_path as CPython has it once importlib is imported, importlib.util.find_spec and
# import_module, and a finder of the program's own taking part in import statements.
import sys

import importlib
print([getattr(f, "__name__", f) for f in sys.meta_path][-3:], len(sys.path_hooks))
import importlib.util, importlib.machinery
spec = importlib.util.find_spec("json.decoder")
print(spec.name, spec.origin.endswith("json/decoder.py"))
m = importlib.import_module("colorsys")
print(m.__name__, type(m.__spec__).__name__)

class Finder:
    def find_spec(self, name, path, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, Loader())
        return None
class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.answer = 42
sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.answer, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
import textwrap
print(textwrap.dedent("  a\n  b"))
sys.meta_path.pop(0)
try:
    import virtual_mod2
except ModuleNotFoundError as e:
    print(e)
print(importlib.util.find_spec("no_such_thing"))
