template = """
def {name}(x):
    return x {op} {k}
"""
ns = {}
for name, op, k in [("add5", "+", 5), ("times3", "*", 3), ("minus1", "-", 1)]:
    exec(template.format(name=name, op=op, k=k), ns)
print([ns[f](10) for f in ("add5", "times3", "minus1")])
expr_results = {e: eval(e, {"x": 7}) for e in ["x * 2", "x ** 2 - 1", "[x] * 3", "x > 5 and 'big'"]}
print(expr_results)
code = compile("total = sum(values)\nmean = total / len(values)", "<stats>", "exec")
for values in ([1, 2, 3], [10, 20]):
    env = {"values": values}
    exec(code, env)
    print(env["total"], env["mean"])
class_src = "class Dyn:\n    def __init__(self, v):\n        self.v = v\n    def double(self):\n        return self.v * 2\n"
exec(class_src, ns)
print(ns["Dyn"](21).double(), ns["Dyn"].__module__, ns["Dyn"].__qualname__)
print(eval("lambda a, b: a * b")(6, 7), eval("(lambda: [i for i in range(3)])")())
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
