from pkg_basic import add, VERSION
from pkg_basic.core import scale as times_three, FACTOR
import pkg_basic.core as core
print(add("a", "b"), VERSION, times_three(2), FACTOR, core.add(1, 1), core.__name__)
from pkg_basic import core as core2
print(core2 is core)
from pkg_basic.util import strings
print(strings.shout("hi"), strings.summary())
import pkg_basic.util.strings
print(pkg_basic.util.strings is strings, pkg_basic.util.PARENT_VERSION)
print(sorted(k for k in dir(pkg_basic) if not k.startswith("__")))
def local_import():
    from pkg_basic.core import add as local_add
    return local_add(10, 20), "local_add" in globals()
print(local_import())
