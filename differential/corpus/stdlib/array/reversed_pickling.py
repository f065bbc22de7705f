# reversed() over arrays and other sequences, pickled mid-way at every protocol, and the
# reversed iterator's __setstate__ clamping.
import pickle, array
for seq in (array.array('i', [1, 2, 3]), "abc"):
    it = reversed(seq)
    next(it)
    for proto in range(6):
        it2 = pickle.loads(pickle.dumps(it, proto))
        print(type(it2).__name__, list(it2))
r = reversed(range(5)); print(type(r).__name__)
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
r = reversed(S()); r.__setstate__(10); print(list(r))
r = reversed(S()); r.__setstate__(-7); print(list(r))
