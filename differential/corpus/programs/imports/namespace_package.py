import nspkg.mod
import nspkg
print(nspkg.mod.VALUE, nspkg.mod.__name__, nspkg.__file__, type(nspkg.__path__).__name__)
print(nspkg.__spec__.origin, nspkg.mod.__package__, nspkg.__package__)
from nspkg import mod
print(mod is nspkg.mod)
try:
    import nspkg.missing
except ModuleNotFoundError as e:
    print(e, e.name)
import mods.guarded
print(mods.guarded.main(), mods.guarded.__name__)
