# Every math function CPython hands to the C library, over seeded pseudo-random arguments across
# magnitudes: programs see the last bits of sin, exp, pow, erf... so they must be libm's own.
# Errors are printed by name, so domain and range checks are compared too.
import math
import random

rng = random.Random(511)


def sample(lo, hi, n):
    return [rng.uniform(lo, hi) for _ in range(n)]


def show(name, f, args):
    out = []
    for a in args:
        try:
            out.append(repr(f(*a) if isinstance(a, tuple) else f(a)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))


wide = sample(-10, 10, 60) + [rng.uniform(-1e6, 1e6) for _ in range(20)] + [0.0, -0.0, 1e-300]
unit = sample(-1, 1, 60) + [1.0, -1.0, 1.5]
positive = [2.0 ** rng.uniform(-60, 60) for _ in range(60)] + [0.0, -1.0, 1.0]

for name in ['sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'exp2',
             'expm1', 'cbrt', 'erf', 'erfc']:
    show(name, getattr(math, name), wide)
for name in ['asin', 'acos', 'atanh', 'log1p']:
    show(name, getattr(math, name), unit)
for name in ['log', 'log2', 'log10', 'sqrt']:
    show(name, getattr(math, name), positive)
show('acosh', math.acosh, [1.0 + p for p in positive])
show('gamma', math.gamma, sample(-20, 40, 40))
show('lgamma', math.lgamma, sample(-20, 300, 40))
pairs = [(rng.uniform(0, 20), rng.uniform(-30, 30)) for _ in range(60)]
show('pow', math.pow, pairs + [(-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (10.0, 400.0)])
show('**', lambda x, y: x ** y, pairs)
show('atan2', math.atan2, [(rng.uniform(-5, 5), rng.uniform(-5, 5)) for _ in range(60)])
show('log_base', math.log, [(p, rng.uniform(1.5, 20)) for p in positive[:30]])
show('big_log', math.log, [10 ** k for k in (10, 100, 400, 1000)])
show('complex**', lambda z, w: z ** w,
     [(complex(rng.uniform(-3, 3), rng.uniform(-3, 3)), complex(rng.uniform(-2, 2),
                                                               rng.uniform(-2, 2)))
      for _ in range(30)])
