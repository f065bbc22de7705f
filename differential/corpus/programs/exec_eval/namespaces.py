code = "result = value * 2\nprint('in exec:', value)"
g = {"value": 21}
exec(code, g)
print(g["result"])
l = {"value": "local wins"}
exec(code, {"value": 1}, l)
print(l["result"])
class Mapping(dict):
    def __getitem__(self, key):
        if key == "magic":
            return "from custom mapping"
        return super().__getitem__(key)
print(eval("magic", {}, Mapping()))
exec("seen = magic", {}, m := Mapping())
print(m["seen"])
def make_fn(src, name):
    ns = {}
    exec(src, ns)
    return ns[name]
double = make_fn("def double(n):\n    return n * 2", "double")
print(double(8), double.__name__, double.__globals__ is not globals())
print(eval("sorted(locals())", {}, {"a": 1, "b": 2}), eval("sorted(k for k in globals() if k != '__builtins__')", {"g": 1}))
