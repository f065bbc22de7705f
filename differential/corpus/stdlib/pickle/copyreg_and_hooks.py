# The ways a program changes how objects pickle: copyreg.pickle, a Pickler's own dispatch_table,
# reducer_override, copyreg extension codes (EXT1/EXT2/EXT4), and the protocol-2 name mapping
# for Python 2 (fix_imports).
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


copyreg.pickle(Point, reduce_point)
data = pickle.dumps(Point(1, 2), 2)
print(data.hex())
back = pickle.loads(data)
print(back.x, back.y)
del copyreg.dispatch_table[Point]


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees


def as_fahrenheit(c):
    return (Celsius, (c.degrees * 9 / 5 + 32,))


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Celsius] = as_fahrenheit


buf = io.BytesIO()
TablePickler(buf, 3).dump([Celsius(100), Celsius(0)])
print(buf.getvalue().hex())
print([c.degrees for c in pickle.loads(buf.getvalue())])

buf = io.BytesIO()
p = pickle.Pickler(buf, 4)
p.dispatch_table = {Celsius: lambda c: (str, ("was %s" % c.degrees,))}
p.dump(Celsius(5))
print(pickle.loads(buf.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len:
            return (max, (1, 2))
        if isinstance(obj, int) and not isinstance(obj, bool):
            return NotImplemented
        return NotImplemented


buf = io.BytesIO()
Override(buf, 4).dump([len, 3, "s"])
print(buf.getvalue().hex(), pickle.loads(buf.getvalue()))

# Extension codes.
for code in (5, 300, 70000):
    copyreg.add_extension(__name__, "Point", code)
    data = pickle.dumps(Point, 2)
    print(code, data.hex(), pickle.loads(data) is Point)
    copyreg.remove_extension(__name__, "Point", code)
print(pickle.dumps(Point, 2).hex())

# Python 2 names for protocols below 3, and back.
for proto in (0, 1, 2, 3):
    data = pickle.dumps([range, ConnectionError, IOError, KeyError, bytes], proto)
    print(proto, data)
    print(pickle.loads(data))
print(pickle.dumps(range, 2, fix_imports=False))
print(pickle.loads(b"c__builtin__\nxrange\n."), pickle.loads(b"cexceptions\nValueError\n."))
print(pickle.loads(b"cUserDict\nUserDict\n."))
