# In bytes % args only "%%" is a literal percent sign: after a mapping key, a flag, a width
# or a precision, '%' is a conversion that takes an argument and is unsupported.
CASES = [("%%", ()), ("%-%", ()), ("%5%", ()), ("% %", ()), ("%*%", (3,)), ("%.2%", ()),
         ("% %s", 1), ("%.%s", 1), ("%(a)%", {b"a": 1}), ("%(a)s%%", {b"a": 1}),
         ("%-%", (1,)), ("%5%", 1), ("a%%b%%", ()), ("%s %%", (b"x",)), ("%", ()),
         ("%d %", 1), ("%-", 1)]
for fmt, args in CASES:
    for f in (fmt, fmt.encode()):
        if isinstance(args, dict) and isinstance(f, str):
            a = {k.decode(): v for k, v in args.items()}
        else:
            a = args
        try:
            print(repr(f), repr(f % a))
        except (TypeError, ValueError) as e:
            print(repr(f), type(e).__name__, e)
