print(*[1, 2], *"ab", sep="|")
print([*range(3), *(4, 5)], (*"xy",), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(), **{"x": 1}, y=2, **{}))
print(f(*"ab", *range(2)))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
a, *b = {3: "x", 1: "y"}
print(a, b)
nested = [*[*[1, 2], 3], *[]]
print(nested)
first, *_ = "hello"
print(first, _)
t = 1, *[2, 3]
print(t, type(t).__name__)
print(*(x * 2 for x in range(3)))
