# sys.stdlib_module_names is CPython 3.11's fixed list, whatever modules the build has: this
# program fails when Krait's copy (tools/generate-stdlib-module-names) differs from it.
import sys

names = sys.stdlib_module_names
print(type(names).__name__, len(names))
print(sorted(names))
print("sys" in names, "_signal" in names, "test" in names, "krait" in names)
