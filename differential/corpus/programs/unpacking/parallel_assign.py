# a, b = b, a and its relatives: every value is evaluated before any target is stored, targets
# are stored left to right (their own subexpressions evaluated then), and a failing store
# leaves the earlier ones done.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(100))

x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

log = []


def v(tag, value):
    log.append(tag)
    return value


class Box:
    def __setitem__(self, key, value):
        log.append(("set", key, value))

    def __setattr__(self, name, value):
        log.append(("attr", name, value))


b = Box()
b[v("key1", 1)], b.field, b[v("key2", 2)] = v("val1", "a"), v("val2", "b"), v("val3", "c")
print(log)

items = [10, 20, 30]
i = 0
i, items[i] = 2, 99
print(i, items)


class Fails:
    def __setattr__(self, name, value):
        if name == "bad":
            raise AttributeError("no " + name)
        object.__setattr__(self, name, value)


f = Fails()
first = None
try:
    first, f.bad, last = 1, 2, 3
except AttributeError as e:
    print("AttributeError", e, first)
try:
    p, q = v("only", 1), undefined_name
except NameError as e:
    print("NameError", e, log[-1])
(m, n), k = (1, 2), 3
[s, t] = t2 = 5, 6
print(m, n, k, s, t, t2)


def swap_locals():
    a = [1]
    b = [2]
    a, b = b, a
    return a, b


print(swap_locals(), swap_locals.__code__.co_consts)
