# Builtin method descriptors, slot wrappers and __slots__ members pickle by reference, as
# getattr(owner, name); class method descriptors and getset descriptors refuse to pickle.
import pickle


class Slotted:
    __slots__ = ('x',)


for obj in [str.index, str.__add__, list.append, dict.items, bytearray.maketrans,
            int.__index__, Slotted.__dict__['x']]:
    print(repr(obj.__reduce__()[1]), end=' ')
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back is obj or back == obj, (obj, proto)
    print('round-trips')

print(pickle.loads(pickle.dumps(str.index))('abc', 'c'))

for obj in [dict.__dict__['fromkeys'], int.__dict__['real']]:
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print(type(obj).__name__, 'TypeError:', e)
