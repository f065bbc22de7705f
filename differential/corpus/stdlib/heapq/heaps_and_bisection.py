import _heapq as hq
import _bisect as bs

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    hq.heappush(h, x)
print(h, [hq.heappop(h) for _ in range(3)], h)
print(hq.heapreplace(h, 0), h, hq.heappushpop(h, -1), hq.heappushpop(h, 100), h)
data = [(i * 7919) % 1000 for i in range(3000)]
big = list(data); hq.heapify(big); print(big[:12], big[1500], big[-1])
out = []
while big:
    out.append(hq.heappop(big))
print(out == sorted(data))
small = [(i * 31) % 17 for i in range(40)]; hq.heapify(small); print(small)
m = [(i * 13) % 29 for i in range(30)]; hq._heapify_max(m); print(m, hq._heappop_max(m), hq._heapreplace_max(m, 3), m[:5])
mb = list(data); hq._heapify_max(mb); print(mb[:8])
for bad in [lambda: hq.heappop([]), lambda: hq.heapreplace([], 1), lambda: hq.heappush((), 1),
            lambda: hq.heapify(5), lambda: hq.heappush([1], 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hq.heappushpop([], 4))
a = [1, 2, 2, 2, 5, 8]
print(bs.bisect_left(a, 2), bs.bisect_right(a, 2), bs.bisect_left(a, 0), bs.bisect_right(a, 9))
print(bs.bisect_left(a, 2, 2), bs.bisect_right(a, 2, 0, 3), bs.bisect_right(a, 2, hi=None), bs.bisect_left(a, 5, lo=1, hi=5))
bs.insort_left(a, 3); bs.insort_right(a, 2); bs.insort(a, 9) if hasattr(bs, 'insort') else None; print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bs.bisect_left(recs, 3, key=lambda r: r[1]), bs.bisect_right(recs, 3, key=lambda r: r[1]))
bs.insort_left(recs, ('z', 4), key=lambda r: r[1]); print(recs)
t = (1, 3, 5, 7); print(bs.bisect_left(t, 4), bs.bisect_right('acegi', 'd'))
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
l = L([1, 5]); bs.insort_right(l, 3); print(l)
for bad in [lambda: bs.bisect_left(a, 1, -1), lambda: bs.bisect_right(a, 1, 0, 'x'), lambda: bs.bisect_left(5, 1),
            lambda: bs.bisect_left(a, 1, 0, 100)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(hq) if not n.startswith('__')), sorted(n for n in dir(bs) if not n.startswith('__')))
