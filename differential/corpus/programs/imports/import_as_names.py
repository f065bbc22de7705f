# Importing with as-names, from a package's submodule that itself imports its siblings.
import pkg_basic.util.strings as s
from pkg_basic import core as c, VERSION as V
from pkg_basic.util import PARENT_VERSION, strings
print(s.shout("loud"), c.scale(2), V, PARENT_VERSION, strings is s)
print(s.__name__, s.__package__, c.__name__, type(s).__name__)
import sys
print([m for m in sorted(sys.modules) if m.startswith("pkg_basic")])
print(pkg_basic.util.strings.summary() if "pkg_basic" in dir() else "pkg_basic not bound by 'import a.b as c'")
import pkg_basic
print(pkg_basic.util.strings.summary())
