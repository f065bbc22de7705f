# NormalDist quantiles across the whole range of p, through the _statistics accelerator when
# there is one: confidence intervals, z-scores, and the errors for impossible parameters.
import math
import random
from statistics import NormalDist

import statistics

print(statistics._normal_dist_inv_cdf.__module__)
std = NormalDist()
ps = [1e-300, 1e-20, 1e-9, 0.001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.4, 0.425, 0.5, 0.575, 0.6,
      0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-9, 1 - 2 ** -53]
for p in ps:
    print(p, repr(std.inv_cdf(p)))
rng = random.Random(7)
for _ in range(40):
    p = rng.random()
    d = NormalDist(rng.uniform(-100, 100), rng.uniform(0.01, 50))
    print(repr(d.inv_cdf(p)))
iq = NormalDist(100, 15)
print([round(x, 9) for x in iq.quantiles(10)])
for level in (0.9, 0.95, 0.99):
    print(level, repr(std.inv_cdf((1 + level) / 2)))
print(repr(statistics._normal_dist_inv_cdf(math.nan, 0.0, 1.0)))
for args in [(0.0, 0.0, 1.0), (1.0, 0.0, 1.0), (0.5, 0.0, 0.0), (0.5, 0.0, -1.0), (-1, 0, 1)]:
    try:
        statistics._normal_dist_inv_cdf(*args)
    except ValueError as e:
        print(args, e)
for bad in [lambda: std.inv_cdf(0), lambda: std.inv_cdf(1.5), lambda: NormalDist(0, 0)]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print(type(e).__name__, e)
try:
    statistics._normal_dist_inv_cdf('x', 0, 1)
except TypeError as e:
    print(e)
