def none_implicit():
    pass
def none_bare():
    return
def many():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "early", i
    return "late", n
def finally_wins():
    try:
        return "try"
    finally:
        print("finally ran")
def finally_override():
    try:
        return "try"
    finally:
        return "finally"
print(none_implicit(), none_bare(), many(), early(10), early(2))
print(finally_wins(), finally_override())
a, (b, c) = many()[0], many()[2] * 2
print(a, b, c)
def gen_ret():
    yield 1
    return "done"
g = gen_ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
