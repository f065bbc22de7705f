import sys
ns = {}
for src in ["1 + 1", "None", "'text'", "x = 5", "x", "[x, x]", "print('printed')", "_"]:
    try:
        exec(compile(src, "<stdin>", "single"), ns)
    except NameError as e:
        print("NameError:", e)
print(ns.get("_", "no _ in namespace"))
def hook(value):
    print("displayhook got", repr(value))
sys.displayhook = hook
exec(compile("40 + 2", "<stdin>", "single"), {})
exec(compile("None", "<stdin>", "single"), {})
sys.displayhook = sys.__displayhook__
exec(compile("'restored'", "<stdin>", "single"), {})
code = compile("if 1:\n    3\n    4\n", "<stdin>", "single")
exec(code, {})
