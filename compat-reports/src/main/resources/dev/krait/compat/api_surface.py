"""Prints the API surface of the stdlib modules and builtin types named on stdin, one JSON line
each, for compat-reports' ApiSurface. Run by the same command in CPython and in Krait, so it
uses only what both must have: sys, json and builtins.

Input lines: "module NAME" or "type NAME". Output lines:
  {"module": NAME, "names": [...]} or {"module": NAME, "error": "Type: message"}
  {"type": NAME, "names": [...]}
A module's public names are its __all__ if it has one, else the names of dir() without a
leading underscore; a type's are every name dir() gives (dunders too: they are its protocol).
"""
import builtins
import json
import sys


def module_names(name):
    module = __import__(name)
    for part in name.split(".")[1:]:
        module = getattr(module, part)
    public = getattr(module, "__all__", None)
    if isinstance(public, (list, tuple)):
        return sorted({str(n) for n in public if hasattr(module, str(n))})
    return sorted(n for n in dir(module) if not n.startswith("_"))


def builtin_type(name):
    if hasattr(builtins, name):
        return getattr(builtins, name)
    import types
    return getattr(types, name)


def main():
    for line in sys.stdin:
        kind, _, name = line.strip().partition(" ")
        if not name:
            continue
        out = {kind: name}
        try:
            if kind == "module":
                out["names"] = module_names(name)
            else:
                out["names"] = sorted(dir(builtin_type(name)))
        except BaseException as e:
            out["error"] = type(e).__name__ + ": " + str(e).splitlines()[0][:200] \
                if str(e) else type(e).__name__
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


main()
