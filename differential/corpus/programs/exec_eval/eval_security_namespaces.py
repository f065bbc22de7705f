safe = {"__builtins__": {"len": len, "abs": abs}}
print(eval("len('abc') + abs(-2)", safe))
for bad in ["open", "__import__('sys')", "print"]:
    try:
        eval(bad, safe)
    except NameError as e:
        print(e)
ns = {"__builtins__": {}}
try:
    eval("len", ns)
except NameError as e:
    print(e)
print(eval("1 + 1", {"__builtins__": None}) if False else "builtins None is rejected in exec")
local_only = {}
exec("a = 1\nb = a * 2", {}, local_only)
print(local_only)
g = {"x": 1}
exec("x += 1\ny = x", g)
print(g["x"], g["y"], "__builtins__" in g)
def f():
    return eval("z", {"z": "from eval globals"})
print(f())
print(eval("__name__", {"__name__": "fake"}), eval("__name__", {}) if False else "no __name__")
try:
    eval("__name__", {})
except NameError as e:
    print(e)
