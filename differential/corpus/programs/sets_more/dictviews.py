d = {"a": 1, "b": 2, "c": 3, 1: "x", 2: "y"}
e = {"b": 2, "c": 30, 2: "y", "z": 0}
k = d.keys()
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(k & {"a", 1}, {"a", 1, 99} & k, k - ["a"], ["a", 5] - k, k | [7], [7] | k, k ^ {"a", 8})
print(d.items() & e.items(), d.items() - e.items(), d.items() ^ e.items())
print(d.items() | {("q", 1)}, k.isdisjoint(["zz"]), k.isdisjoint({"a"}), d.items().isdisjoint(e.items()))
print(k == {"a", "b", "c", 1, 2}, k < {"a", "b", "c", 1, 2, 3}, k >= {"a"}, {"a"} <= k, k != set())
try:
    print(d.values() | {1})
except TypeError as e:
    print("TypeError")
