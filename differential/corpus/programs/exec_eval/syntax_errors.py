sources = [
    "x = (1, 2",
    "def f(:\n    pass",
    "print 'hello'",
    "1 = x",
    "f() = 1",
    "x = = 2",
    "for x in range(3)\n    pass",
    "if x:\npass",
    "  indented = 1",
    "x = 1 +\n",
    "a, b += 1",
    "del f()",
    "lambda x: yield",
    "'unterminated",
    "f(x for x in y, 1)",
    "x = {1: 2, 3}",
    "import",
    "True = 1",
    "def f(x, x): pass",
    "nonlocal q",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("compiled?!", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
