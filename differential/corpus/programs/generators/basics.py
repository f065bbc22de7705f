def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, "end"), list(g))
print(list(count_up(5)), sum(count_up(101)), max(count_up(7)), list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), list(take(3, "abcdef")))
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(take(20, fib()))))
gen = (x * x for x in range(5))
print(next(gen), list(gen), list(gen))
def with_return():
    yield 1
    return "result"
print(list(with_return()))
g = with_return()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
print(g.gi_frame)
