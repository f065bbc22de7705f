# A set iterator pickles as an iterator over what it has left.
import pickle

for cls in (set, frozenset):
    s = cls(range(10))
    it = iter(s)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(proto, sorted(pickle.loads(pickle.dumps(it, proto))))
    first = next(it)
    rest = pickle.loads(pickle.dumps(it))
    print(type(rest).__name__, sorted(rest) == sorted(s - {first}))
    print(sorted(it) == sorted(s - {first}))
    print(pickle.loads(pickle.dumps(it)).__length_hint__())

s = {1, 2}
it = iter(s)
s.add(3)
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)
