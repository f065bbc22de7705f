# Every imported module carries importlib's spec and loader, whichever way it was found:
# before importlib itself was imported, after it, packages, submodules and namespace packages.
import json
import sys
import email.mime
import importlib
import importlib.machinery as machinery
import importlib.util
import os
import tempfile


def describe(module):
    spec = module.__spec__
    loader = module.__loader__
    print(module.__name__, type(loader).__name__, type(spec).__name__,
          isinstance(spec, machinery.ModuleSpec), spec.loader is loader,
          spec.name == module.__name__, repr(spec.parent), spec.has_location)


describe(json)
describe(email.mime)
import json.decoder
import xml.dom.minidom
describe(json.decoder)
describe(xml.dom.minidom)
print(email.mime.__path__ is email.mime.__spec__.submodule_search_locations)
print(json.__loader__.name, os.path.basename(json.__loader__.path))
print(json.__loader__.is_package("json"), json.decoder.__loader__.is_package("json.decoder"))
print(json.__loader__.get_source("json").splitlines()[0])
print(sys.__loader__ is machinery.BuiltinImporter, sys.__spec__.loader is sys.__loader__)
print(sys.__spec__.origin, importlib.util.find_spec("json").loader.__class__.__name__)

with tempfile.TemporaryDirectory() as root:
    os.makedirs(os.path.join(root, "nspkg", "inner"))
    with open(os.path.join(root, "nspkg", "inner", "leaf.py"), "w") as f:
        f.write("VALUE = 42\n")
    sys.path.insert(0, root)
    try:
        import nspkg.inner.leaf
        for m in (nspkg, nspkg.inner):
            print(m.__name__, type(m.__loader__).__name__, m.__spec__.origin,
                  m.__file__ if hasattr(m, "__file__") else "no __file__",
                  type(m.__path__).__name__, len(list(m.__path__)))
        leaf = nspkg.inner.leaf
        print(leaf.VALUE, type(leaf.__loader__).__name__, leaf.__spec__.parent,
              os.path.basename(leaf.__spec__.origin))
    finally:
        sys.path.remove(root)
