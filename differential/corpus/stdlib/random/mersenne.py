from _random import Random

r = Random(42)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 100, 257)])
for seed in (0, 1, -5, 2**32, 2**64 + 12345, 10**30, 3.5, 'abc' if False else 7, True):
    r.seed(seed)
    print(seed, r.random(), r.getrandbits(40))
s = r.getstate(); print(len(s), s[-1], s[:3])
a = [r.random() for _ in range(700)]
r.setstate(s)
b = [r.random() for _ in range(700)]
print(a == b, a[-1])
r2 = Random(); r2.setstate(s); print(r2.random() == a[0])
class Sub(Random):
    def __init__(self, x):
        super().__init__(x)
        self.extra = 'kept'
print(Sub(9).random(), Sub(9).extra, isinstance(Sub(1), Random), Random.__module__)
for bad in [lambda: Random(1, 2), lambda: Random(x=1), lambda: r.getrandbits(-1), lambda: r.setstate((1, 2)),
            lambda: r.setstate([1]), lambda: r.setstate((0,) * 624 + (625,)), lambda: r.getrandbits(1.5),
            lambda: r.seed([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r.seed(12345)
print(sum(r.getrandbits(32) for _ in range(10000)))
