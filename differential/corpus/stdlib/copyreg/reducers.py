# copyreg: registering reduction functions for classes that pickle and copy use.
import copy
import copyreg
import pickle


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


calls = []


def reduce_vec(v):
    calls.append("reduce")
    return Vec, (v.x, v.y)


copyreg.pickle(Vec, reduce_vec)
v = Vec(1, 2)
print(pickle.loads(pickle.dumps(v)), copy.copy(v), copy.deepcopy(v), calls)
print(copyreg.__newobj__.__name__, copyreg._reconstructor.__name__, Vec in copyreg.dispatch_table)
