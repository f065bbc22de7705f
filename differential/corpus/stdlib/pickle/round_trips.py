# pickle round trips of application objects at every protocol: shared references, cycles,
# __getstate__/__setstate__, __reduce__, and the errors for what cannot be pickled.
import pickle
import pickletools
from collections import OrderedDict, namedtuple, defaultdict
from dataclasses import dataclass

Point = namedtuple("Point", "x y")


@dataclass
class Order:
    id: int
    items: list
    meta: dict


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = object()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reconnected"


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))

    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents


shared = [1, 2]
data = {"ints": [0, -1, 2 ** 70, True], "floats": [1.5, float("inf")], "str": "é☃", "bytes": b"\x00\xff",
        "tuple": (1, (2, 3)), "set": {1, 2}, "fs": frozenset("ab"), "none": None, "complex": 1 + 2j,
        "shared": (shared, shared), "od": OrderedDict(a=1), "point": Point(1, 2),
        "order": Order(7, ["x"], {"k": 1.0}), "money": Money(250), "dd": defaultdict(int, a=3),
        "bytearray": bytearray(b"ab"), "range": range(1, 10, 2), "slice": slice(1, 2), "type": int}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    print(proto, back == data, back["shared"][0] is back["shared"][1], type(back["dd"]).__name__)
cyc = []
cyc.append(cyc)
back = pickle.loads(pickle.dumps(cyc))
print(back[0] is back)
c = pickle.loads(pickle.dumps(Conn("db")))
print(c.host, c.socket)
print(pickle.dumps([1, "a", None], protocol=2))
print(pickle.dumps((1, 2.5, "x", b"y"), protocol=4).hex())
ops = [op.name for op, arg, pos in pickletools.genops(pickle.dumps({"a": [1]}, protocol=3))]
print(ops)
