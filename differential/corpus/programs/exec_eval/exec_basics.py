ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b\n", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["f"](), ns["b"])
print(exec("1 + 1"), exec("x_created = 5"))
print(x_created)
def in_function():
    exec("local_var = 3")
    return "local_var" in locals(), locals().get("local_var")
print(in_function())
loc = {}
exec("v = 1\nw = v + 1", {}, loc)
print(loc)
exec("class K:\n    attr = 'in class'\n", ns)
print(ns["K"].attr, ns["K"].__module__ if "__name__" in ns else ns["K"].__module__)
code = compile("for i in range(3):\n    print('loop', i)\n", "<loop>", "exec")
exec(code)
exec(code, {})
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
try:
    exec("1 +")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
try:
    exec("return 5")
except SyntaxError as e:
    print(e.msg)
g = {"__name__": "custom_module"}
exec("def who():\n    return __name__\n", g)
print(g["who"](), g["who"].__module__)
exec("import sys as s", g)
print(g["s"].__name__)
