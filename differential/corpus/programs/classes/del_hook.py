# __del__ runs (at the latest in gc.collect()) once an instance is unreachable; it may
# resurrect the object; an error in it goes to sys.unraisablehook.
import gc
import sys

log = []


class Noisy:
    def __del__(self):
        log.append("del")


n = Noisy()
del n
gc.collect()
print(log)


class Phoenix:
    container = []

    def __del__(self):
        Phoenix.container.append(self)


p = Phoenix()
p.attr = 42
del p
gc.collect()
print(len(Phoenix.container), Phoenix.container[0].attr)
del Phoenix.__del__


class Broken:
    def __del__(self):
        raise ValueError("del is broken")


seen = []
sys.unraisablehook = lambda u: seen.append(
    (u.exc_type.__name__, str(u.exc_value), u.object is Broken.__del__, u.err_msg))
b = Broken()
del b
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(seen)
