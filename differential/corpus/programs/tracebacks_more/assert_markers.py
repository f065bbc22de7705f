# An assertion's traceback underlines the comparison CPython's compiler located last.
def check(values):
    assert values, "empty"
    assert not (len(values) > 3 or values[0] < 0), "bad values"
    return sum(values)
print(check([1, 2]))
try:
    check([])
except AssertionError as e:
    print("caught", e)
check([-1, 2])
