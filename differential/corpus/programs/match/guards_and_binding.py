def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, 0) if x > 0:
            return "positive x axis"
        case (x, 0):
            return "negative x axis"
        case (0, y):
            return f"y axis at {y}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if abs(x) == abs(y):
            return "anti-diagonal"
        case (x, y):
            return f"point {x},{y}"
        case _:
            return "not a point"
for p in [(0, 0), (3, 0), (-3, 0), (0, 5), (2, 2), (2, -2), (1, 5), (1, 2, 3), "xy", [4, 4]]:
    print(p, classify(p))
calls = []
def guard(label, result):
    calls.append(label)
    return result
match 5:
    case int() if guard("first", False):
        pass
    case 5 if guard("second", True):
        print("second guard matched")
    case _ if guard("third", True):
        pass
print(calls)
match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case [a, b]:
        print("bindings from a failed guard are rebound", a, b)
