squares = {n: n * n for n in range(6)}
print(squares, {k: v for k, v in squares.items() if v % 2}, {v: k for k, v in squares.items()})
tree = {"a": {"b": {"c": 1}}, "d": [1, {"e": 2}]}
print(tree["a"]["b"]["c"], tree["d"][1]["e"], tree)
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return max((depth(v) for v in x), default=0)
    return 0
print(depth(tree), depth({}), depth([]))
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), sorted(matrix)[-1])
d = {}
d[1] = d
print(d)
