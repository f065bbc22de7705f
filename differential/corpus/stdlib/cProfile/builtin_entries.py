# cProfile with built-in functions as entries of their own (builtins=True, the default): module
# functions ({built-in method builtins.max}), methods of builtin types, bound or called through
# their class ({method 'append' of 'list' objects}), one that raises, and a Python function that a
# built-in calls back (hasattr reaching __getattr__), whose caller is the built-in. The timer is a
# counter, so times are as reproducible as the call counts.
import cProfile
import io
import pstats

ticks = 0


def counter():
    global ticks
    ticks += 1
    return ticks


class Lazy:
    def __getattr__(self, name):
        raise AttributeError(name)


def squares(n):
    for i in range(n):
        yield i * i


def work():
    items = []
    for i in range(4):
        items.append(i)
        list.append(items, -i)
    best = max(items)
    joined = ", ".join(str(i) for i in items)
    try:
        len(5)
    except TypeError:
        pass
    found = hasattr(Lazy(), 'missing')
    total = sum(squares(5))
    keys = dict.fromkeys('ab')
    return best, len(joined), found, total, sorted(keys)


profiler = cProfile.Profile(counter, 0.001)
profiler.enable()
print(work())
profiler.disable()

out = io.StringIO()
stats = pstats.Stats(profiler, stream=out).strip_dirs()
stats.sort_stats('ncalls', 'name').print_stats()
stats.print_callers('__getattr__|squares')
stats.print_callees('work')
print(out.getvalue())

labels = sorted(e.code for e in profiler.getstats() if isinstance(e.code, str))
print(labels)
