# A missing attribute of a module that is still importing says why (CPython:
# Objects/moduleobject.c module_getattro): "partially initialized" while its body runs,
# "cannot access submodule" while a submodule is being imported.
import cycle_attr.left
import cycle_attr.late
try:
    cycle_attr.left.missing
except AttributeError as e:
    print("after:", e)
