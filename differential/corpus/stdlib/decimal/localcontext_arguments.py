# decimal.localcontext(ctx=None, **kwargs): its signature as inspect shows it, and the C
# module's binding of its nine parameters (by position or by name) with its messages.
import decimal
import inspect

print(inspect.signature(decimal.localcontext))
print(decimal.localcontext.__text_signature__)

calls = [
    ((None, 5), {}),
    ((), {'prec': 7, 'rounding': decimal.ROUND_DOWN}),
    ((decimal.Context(prec=3),), {'Emax': 99}),
    ((), {'foo': 1}),
    (tuple(range(10)), {}),
    ((None,), {'ctx': None}),
    ((), {'prec': 'x'}),
    ((1,), {}),
]
for args, kwargs in calls:
    try:
        with decimal.localcontext(*args, **kwargs) as c:
            print(args, kwargs, c.prec, c.rounding, c.Emax, decimal.Decimal(2) / 3)
    except (TypeError, ValueError) as e:
        print(args, kwargs, type(e).__name__, e)
print(decimal.getcontext().prec)
