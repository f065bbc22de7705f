tests = [
    "None.attr", "(1).x", "'s'.nope", "[].missing()", "{}['k']", "[][0]", "''[1]",
    "int('x')", "float('y')", "len(5)", "iter(5)", "next(iter([]))", "1 + None",
    "n = None; n()", "[1, 2] * [3]", "{1: 2}[[]]", "abs('s')", "min([])", "max()", "sum(['a'])",
    "object().__dict__", "tuple(5)", "'%d' % 'x'", "chr('a')", "ord('')", "list.append()",
    "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'real')", "import nonexistent_module_x",
]
for t in tests:
    try:
        exec(t)
        print(t, "no error")
    except Exception as e:
        print(f"{t!r:30} {type(e).__name__}: {e}")
