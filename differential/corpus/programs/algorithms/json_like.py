def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + ", ".join(dump(v, indent) for v in obj) + "]"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if obj is None:
        return "null"
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(obj, (int, float)):
        return repr(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")
doc = {"name": "krait", "version": [0, 1], "tags": ("python", "java"), "stable": False,
       "meta": {"stars": None, "ratio": 0.75, "quote": 'say "hi"\n', "empty": {}}, "list": []}
print(dump(doc))
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print(e)
def parse_value(s):
    s = s.strip()
    if s in ("true", "false"):
        return s == "true"
    if s == "null":
        return None
    if s.startswith('"'):
        return s[1:-1]
    return float(s) if "." in s else int(s)
print([parse_value(v) for v in ["true", " 12 ", "3.5", "null", '"text"']])
