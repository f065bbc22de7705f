# Implicit chaining where both exceptions carry notes: each section ends with its notes.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        e.add_note(f"while loading {name!r}")
        err = RuntimeError("load failed")
        err.add_note("check the configuration")
        raise err
print(load("a"))
load("b")
