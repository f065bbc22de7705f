c1 = compile("x = 1", "file.py", "exec")
c2 = compile("x + 1", "file.py", "eval")
c3 = compile("x + 1", "file.py", "single")
print(c1.co_filename, c1.co_name, c2.co_name, type(c3).__name__)
ns = {"x": 41}
print(eval(c2, ns), exec(c1, ns), ns["x"], eval(c3, ns))
for mode in ["exec", "eval", "single"]:
    for src in ["1", "x = 1", "if True:\n    pass\n", "a; b"]:
        try:
            compile(src, "<m>", mode)
            print(mode, repr(src), "ok")
        except SyntaxError as e:
            print(mode, repr(src), "SyntaxError:", e.msg)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print(e)
try:
    compile("a\0b", "<m>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
c = compile("def f(a, b=2):\n    return a * b\n", "<def>", "exec")
print(c.co_consts[0].co_name if hasattr(c.co_consts[0], "co_name") else "no code", c.co_names)
d = {}
exec(c, d)
print(d["f"](4), d["f"].__code__.co_filename, d["f"].__code__.co_firstlineno)
print(compile("'docstring'", "<d>", "exec").co_consts[:1])
