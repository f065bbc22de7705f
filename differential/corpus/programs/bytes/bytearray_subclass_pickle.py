# bytearray and its subclasses (with __dict__ or __slots__) pickle and copy with their state.
import copy
import pickle


class BA(bytearray):
    pass


class BAS(bytearray):
    __slots__ = ('x', 'y', '__dict__')


for cls in (BA, BAS):
    a = cls(b'abcd')
    a.x = 10
    a.z = cls(b'efgh')
    print(cls.__name__, a.__reduce_ex__(2)[1], a.__reduce_ex__(3)[1])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, type(b).__name__, b == a, b.x, type(b.z).__name__, b.z == a.z)
    for f in (copy.copy, copy.deepcopy):
        b = f(a)
        print(f.__name__, type(b).__name__, b == a, b.x)
print(bytearray(b'ab').__reduce__(), bytearray().__reduce_ex__(4))
