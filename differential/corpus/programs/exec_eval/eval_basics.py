print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"), eval(" 42 "))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": "global"}, {"x": "local"}))
print(eval("len('abc')"), eval("__name__"), eval("abs(-3)", {}), eval("z", {}, {"z": 5}))
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(e)
print(eval("min", {"__builtins__": {"min": "custom min"}}))
g = {}
eval("1", g)
print(sorted(g), type(g["__builtins__"]).__name__)
for bad in ["1 +", "x = 1", "import sys", "", "yield 1"]:
    try:
        print(repr(eval(bad)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval(b"1 + 1"), eval("\t7"), eval("(1,\n 2)"))
code = compile("a * 2", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {"a": 21}))
try:
    eval("undefined_name")
except NameError as e:
    print(e)
