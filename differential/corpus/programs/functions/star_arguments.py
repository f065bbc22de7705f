# f(*x) without keywords: tuples, lists, other iterables and several starred arguments mixed
# with plain ones, evaluated left to right; the errors CPython gives for what is not iterable.
def show(*args):
    return args


def three(a, b, c):
    return a * 100 + b * 10 + c


t = (1, 2)
lst = [3, 4, 5]
print(show(*t), show(*lst), show(0, *t, 9, *lst), show(*()), show(*[]))
print(three(*t, 3), three(1, *[2, 3]), three(*range(3)), three(*"123".split("2"), 0) if False else 0)
print(show(*"ab", *{"k": 1}, *(x * x for x in range(3))))

order = []


def v(tag, value):
    order.append(tag)
    return value


show(v("a", 1), *v("b", (2, 3)), v("c", 4), *v("d", [5]))
print(order)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


print(show(*Seq()))
for bad in (5, None, 3.5):
    try:
        show(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    three(*t)
except TypeError as e:
    print("TypeError", e)
try:
    three(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)


class Grows(list):
    def __iter__(self):
        yield from super().__iter__()
        yield "extra"


print(show(*Grows([1, 2])))
big = tuple(range(50))
print(len(show(*big, *big, 1)), show(*big)[-1])
print(max(*lst), min(*t), "-".join([*map(str, t)]), print(*lst, sep=","))
m = [1, 2]
print(show(*m, m.append(3), *m))
