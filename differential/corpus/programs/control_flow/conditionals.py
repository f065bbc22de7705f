def sign(x):
    if x > 0:
        return "+"
    elif x < 0:
        return "-"
    else:
        return "0"
print([sign(v) for v in (5, -2, 0, 0.0, -0.0)])
for v in [0, 1, "", "a", [], [0], None, 0.0, {}, set(), range(0)]:
    print(repr(v), "truthy" if v else "falsy")
a, b = 3, 7
print("big" if a > b else "small", a if a > b else b, (a > b) - (a < b))
print(a < b and b > 5, a > b or b > 5, not a, a and b, a or b, 0 and 1 / 0, 1 or 1 / 0)
x = 5
if 0 < x < 10 and x != 7:
    print("in range")
if not (x == 1 or x == 2):
    print("not one or two")
y = None
print(y is None, y is not None, y == None)
z = [] or {} or "" or "last"
print(z, [] and "never", 0 or None)
def side(v, log):
    log.append(v)
    return v
log = []
print(side(0, log) and side(1, log), side(2, log) or side(3, log), log)
