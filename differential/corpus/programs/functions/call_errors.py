def f(a, b, /, c, d=4, *, e, f=6):
    pass
def g(x):
    pass
def k(**kw):
    pass
calls = [
    lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(1, b=2, c=3, e=4), lambda: f(1, 2, 3, e=4, c=5), lambda: f(1, 2, 3, e=1, z=2),
    lambda: g(), lambda: g(1, 2), lambda: g(y=1), lambda: g(1, x=2), lambda: k(1),
    lambda: g(*5), lambda: g(**[1]), lambda: g(**{1: 2}), lambda: (lambda: 0)(1),
    lambda: len(), lambda: len(1, 2), lambda: "x".join(), lambda: int(x=1),
    lambda: divmod(1), lambda: sorted(), lambda: f(1, 2, 3, e=1, **{"e": 2}),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)
