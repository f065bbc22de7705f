tests = [
    ("a, b = range(3)", ValueError),
    ("a, b, c = range(2)", ValueError),
    ("*a, b, c = [1]", ValueError),
    ("a, *b = []", ValueError),
    ("a, b = None", TypeError),
    ("a, b = 1.5", TypeError),
    ("(a, b), c = [1, 2], 3", ValueError),
    ("a, b = {'x': 1, 'y': 2}", None),
    ("a, *b, c = 'ab'", None),
]
for src, expected in tests:
    ns = {}
    try:
        exec(src, ns)
        print(src, "->", {k: v for k, v in ns.items() if k != "__builtins__"})
    except Exception as e:
        print(src, "->", type(e).__name__, e, type(e) is expected)
for bad in ["*a = [1]", "a, *b, *c = [1, 2]", "[*a] = 1,", "*a, = 1, 2"]:
    try:
        exec(bad, {})
        print(bad, "ok")
    except SyntaxError as e:
        print(bad, "SyntaxError:", e.msg)
    except TypeError as e:
        print(bad, "TypeError:", e)
