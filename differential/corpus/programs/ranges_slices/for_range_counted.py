# for loops over range(...) in their header: bounds near the edges of 64 bits, negative and
# huge steps, break/else/return, a rebound or shadowed name `range`, int subclasses and
# __index__, and the errors range() raises, with the line they point at.
import sys
import traceback


def show(label, values):
    print(label, values)


def loops():
    out = []
    for x in range(5):
        out.append(x)
    show("plain", out)
    for x in range(0):
        out.append("never")
    else:
        show("empty else", len(out))
    out = []
    for x in range(2, 10):
        if x > 6:
            break
        out.append(x)
    else:
        out.append("not reached")
    show("break", out)
    show("negative step", [x for x in [0]] + [x for x in range(10, 2, -3)])
    out = []
    for x in range(10, 2, -3):
        out.append(x)
    show("negative step loop", out)
    out = []
    for x in range(-2 ** 63, 2 ** 63 - 1, 2 ** 62):
        out.append(x)
    show("64-bit edges", out)
    out = []
    for x in range(2 ** 63):
        if x > 3:
            break
        out.append(x)
    show("past 2**63", out)
    out = []
    for x in range(-5, 5, 2 ** 64):
        out.append(x)
    show("huge step", out)
    out = []
    for x in range(2 ** 64, 2 ** 64 + 3):
        out.append(x)
    show("big ints", out)
    out = []
    for x in range(3, -2 ** 63, -2 ** 62):
        out.append(x)
    show("down to -2**63", out)
    out = []
    for x in range(3, -5, -2 ** 63):
        out.append(x)
    show("step -2**63", out)
    out = []
    for x in range(True, 4):
        out.append((x, type(x).__name__))
    show("bool bound", out)


def first_over(limit):
    for i in range(100):
        if i * i > limit:
            return i
    return None


class MyInt(int):
    pass


class Index:
    def __index__(self):
        print("__index__ called")
        return 3


def errors():
    for args in ["(1, 2, 0)", "(3.0,)", "('a', 2)"]:
        try:
            if args == "(1, 2, 0)":
                for i in range(1, 2, 0):
                    pass
            elif args == "(3.0,)":
                for i in range(3.0):
                    pass
            else:
                for i in range("a", 2):
                    pass
        except (ValueError, TypeError) as e:
            tb = traceback.extract_tb(e.__traceback__)[-1]
            print(type(e).__name__, e, "at", tb.line)


loops()
print("return inside", first_over(50))
print("subclass", [(x, type(x).__name__) for x in [0]], list(range(MyInt(2))))
out = []
for x in range(MyInt(3)):
    out.append(type(x).__name__)
print("subclass loop", out)
for x in range(Index()):
    print("index loop", x)
errors()
range = lambda n: ["shadowed", n]
for x in range(3):
    print("shadowed range gives", x)
del range
total = 0
for i in range(1000):
    for j in range(i % 7, 40, 3):
        total += i ^ j
print("nested total", total)
print(sys.getrecursionlimit() > 0)
