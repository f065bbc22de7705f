# Profiling a small program with cProfile and reading the report with pstats. The timer is a
# counter (one tick a reading), so the times are as reproducible as the call counts; built-in
# functions are left out (builtins=False) so that only Python functions are entries.
import cProfile
import io
import pstats

ticks = 0


def counter():
    global ticks
    ticks += 1
    return ticks


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def squares(n):
    for i in range(n):
        yield i * i


class Shape:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def main():
    total = sum(squares(10))
    shapes = [Shape(s) for s in range(5)]
    areas = [s.area() for s in shapes]
    try:
        fail()
    except ValueError:
        pass
    return fib(12) + total + sum(areas)


def fail():
    raise ValueError('caught')


profiler = cProfile.Profile(counter, 0.001, builtins=False)
profiler.enable()
result = main()
profiler.disable()
print('result', result)

out = io.StringIO()
stats = pstats.Stats(profiler, stream=out).strip_dirs()
stats.sort_stats('ncalls', 'name').print_stats()
stats.print_callers('fib')
stats.print_callees('main')
print(out.getvalue())

entries = {e.code.co_name: e for e in profiler.getstats()}
fib_entry = entries['fib']
print(type(fib_entry).__name__, fib_entry.callcount, fib_entry.reccallcount,
      [(type(c.code).__name__, c.callcount) for c in fib_entry.calls])
print(sorted(name for name, e in entries.items() if e.calls is None))

profiler.clear()
print(profiler.getstats())
with cProfile.Profile(counter, 0.5, builtins=False) as p:
    fib(5)
print([(e.code.co_name, e.callcount, e.totaltime) for e in p.getstats()])
