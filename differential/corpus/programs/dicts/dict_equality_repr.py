print({} == {}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {1: 2} == {1: 2, 3: 4})
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
print(repr({}), repr({"k": "v"}), repr({1: [1, 2], (1, 2): {3: 4}}), str({None: True}))
d = {}
d["self"] = d
print(d, repr(d))
class K:
    def __repr__(self):
        return "K()"
print({K(): K()}, {"é": "ü"}, {"\n": "\t"})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(e)
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() == {1}, {1: 2}.values() == [2])
print({True: "a", 1: "b"}, {1: "b", True: "a"}, {0.0: "x", 0: "y", False: "z"})
print(dict.__repr__({"a": 1}), len({"a": 1, "a": 2}), {"a": 1, "a": 2})
