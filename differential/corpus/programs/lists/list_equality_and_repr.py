print([] == [], [1] == [1.0], [1, [2]] == [1, [2]], [1, 2] != [2, 1], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], [n].count(n), n in [n], [n].index(n))
print(repr([]), repr([[]]), repr([1, "a", None, 2.5, (1,), {1}]), str(["é", "\n"]))
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "str-R"
print([R()], str([R()]), f"{[R()]}", [R(), [R()]])
l = [1, 2]
l.append(l)
print(l, repr(l), l == l)
print([1, 2] < [1, 2, 0], [2] > [1, 99], [[1, 2]] < [[1, 3]], [] < [0], [0] <= [0])
x = [3, 1, 2]
y = x
y.sort()
print(x, x is y, sorted(x) is x)
print(list.__name__, type([]).__name__, [].__class__ is list, isinstance([], list))
