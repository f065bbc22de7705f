from _collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy'); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(); print(d); d.rotate(100); print(d)
d.reverse(); print(d, list(reversed(d)))
print(d.count(1), d.index(2), 'a' in d, 'q' in d)
d.insert(2, 'I'); d.insert(-1, 'J'); d.insert(100, 'K'); d.insert(-100, 'L'); print(d)
d.remove('I'); del d[0]; d[0] = 'first'; print(d)
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); m.appendleft(-1); print(m)
m.extend(range(5)); print(m); m.extendleft('ab'); print(m)
print(deque('abc', 0), deque(maxlen=2), deque())
c = m.copy(); c.append('z'); print(c, m, c is m)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque('a'), deque('ab') * 0)
x = deque([1, 2], maxlen=5); x *= 4; print(x)
x += [9]; print(x)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) >= deque([]),
      deque([1, 2]) != deque([1, 2, 3]), deque([1]) == [1])
r = deque([1]); r.append(r); print(r)
print(deque([1, 2, 3], 2).__reduce__()[:3], deque('ab').__reduce__()[:3])
it = iter(deque('abc')); next(it); print(it.__length_hint__(), list(it))
dd = deque([1, 2, 3])
for meth, args in [('pop', ()), ('popleft', ()), ('index', (9,)), ('remove', (9,)),
                   ('__getitem__', (5,)), ('insert', (0, 1))]:
    try:
        print(getattr(deque() if meth.startswith('pop') else (deque([1], 1) if meth == 'insert' else dd), meth)(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    for v in dd:
        dd.append(v)
except RuntimeError as e:
    print(e)
for bad in [lambda: deque([], -1), lambda: deque([], 'x'), lambda: deque(1, 2, 3),
            lambda: deque([1]) + [2], lambda: deque([1]) * 'a', lambda: dd[1:2], lambda: dd['x']]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class D(deque):
    pass
s = D('abc', maxlen=4); print(s, s.copy(), type(s.copy()).__name__, D('a') + D('b'))
print(deque.__module__, deque.__name__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(bool(deque()), bool(deque([0])))
big = deque()
for i in range(1000):
    big.append(i); big.appendleft(-i)
print(sum(big), big[500], big[-500], len(big))
while len(big) > 3:
    big.pop(); big.popleft()
print(big)
