# What an import says about modules that are still initialising, and where a submodule is set
# when its parent is replaced while it loads.
import os
import sys
import tempfile
import types
import warnings

root = tempfile.mkdtemp()
files = {
    "selfref.py": "import selfref\nselfref.later\nlater = 1\n",
    "subcirc/__init__.py": "",
    "subcirc/child.py": "import subcirc.child\nsubcirc.child\n",
    "replaced/__init__.py": "",
    "replaced/sub.py": "import sys\nsys.modules.pop('replaced')\nfrom . import other\n",
    "replaced/other.py": "",
    "frozenattrs/__init__.py": (
        "import sys\nclass M:\n    __slots__ = ('__name__', '__path__', '__spec__')\n"
        "m = M()\nm.__name__ = __name__\nm.__path__ = __path__\nm.__spec__ = __spec__\n"
        "sys.modules[__name__] = m\n"),
    "frozenattrs/x.py": "",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)

try:
    import selfref
except AttributeError as e:
    print("AttributeError:", e)
try:
    import subcirc.child
except AttributeError as e:
    print("AttributeError:", e)

import replaced.sub
print(sorted(k for k in vars(sys.modules["replaced"]) if not k.startswith("__")))
print(replaced is sys.modules["replaced"], hasattr(replaced, "sub"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from frozenattrs import x
print([(w.category.__name__, str(w.message)) for w in caught])
print(type(x).__name__)

bare = types.ModuleType("bare")
try:
    from bare import nothing
except ImportError as e:
    print("ImportError:", e)
sys.modules["bare"] = bare
try:
    from bare import nothing
except ImportError as e:
    print("ImportError:", e, e.name, e.path)
bare.__file__ = "/nowhere/bare.py"
try:
    from bare import nothing
except ImportError as e:
    print("ImportError:", e, e.name, e.path)
import shutil
shutil.rmtree(root)
