# modulefinder reads a module's imports and global names back from its code object's
# co_code (dis._find_imports, dis._find_store_names)
import dis
import modulefinder
import os
import tempfile

src = """\
import os
import os.path as p
from collections import OrderedDict as OD, deque
from . import sibling
from ..up import thing
x = 1
def f():
    global g
    g = 2
    import json
class C:
    attr = 3
"""
code = compile(src, "<mod>", "exec")
print(list(dis._find_imports(code)))
print(sorted(dis._find_store_names(code)))
for const in code.co_consts:
    if isinstance(const, type(code)):
        print(const.co_name, list(dis._find_imports(const)),
              sorted(n for n in dis._find_store_names(const) if not n.startswith("__")))

files = {
    "app.py": "import pkg.mod\nfrom pkg import helper, value, nothing\nimport missing_xyz\n",
    "pkg/__init__.py": "value = 42\nfrom .helper import *\n",
    "pkg/mod.py": "from . import helper\nimport sys\n",
    "pkg/helper.py": "def work():\n    import struct\n",
}
with tempfile.TemporaryDirectory() as d:
    for name, text in files.items():
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(text)
    finder = modulefinder.ModuleFinder(path=[d] + [p for p in __import__("sys").path
                                                  if "site-packages" not in p])
    finder.run_script(os.path.join(d, "app.py"))
    print(sorted(n for n in finder.modules if n in ("__main__", "pkg", "pkg.mod",
                                                   "pkg.helper", "sys", "struct")))
    missing, maybe = finder.any_missing_maybe()
    print("missing", missing)
    print("maybe", maybe)
    print(sorted(finder.modules["pkg"].globalnames))
