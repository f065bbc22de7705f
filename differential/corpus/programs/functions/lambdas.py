sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda x: x % 3 == 0, range(10))), (lambda *a: sum(a))(1, 2, 3))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi "), (lambda x: (lambda y: x + y))(1)(2))
print((lambda: (yield))().__class__.__name__, (lambda x=[]: x)() is (lambda x=[]: x)())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10), sq.__name__, sq.__code__.co_argcount)
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3), (lambda: None)() is None)
