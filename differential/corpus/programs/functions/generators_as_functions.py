def squares(n):
    for i in range(n):
        yield i * i
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
print(list(squares(5)), sum(squares(10)), list(countdown(3)))
def gen_with_default(start=0, *, step=1):
    n = start
    while True:
        yield n
        n += step
g = gen_with_default(10, step=5)
print([next(g) for _ in range(4)], type(gen_with_default).__name__, type(g).__name__)
print(gen_with_default.__code__.co_flags & 0x20 != 0, squares.__name__, g.__name__)
def delegate():
    result = yield from countdown(2)
    yield result
print(list(delegate()))
def empty_gen():
    return
    yield
print(list(empty_gen()), type(empty_gen()).__name__)
def lazy_print():
    print("body starts only on first next")
    yield 1
lp = lazy_print()
print("created")
print(next(lp))
