# An uncaught ExceptionGroup holding a caught exception (with its own traceback), a nested
# group and a plain exception, plus a note: the boxed, indented display of 3.11.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
inner = ExceptionGroup("inner", [KeyError("k"), OSError("disk")])
try:
    raise ValueError("first")
except ValueError as v:
    outer = ExceptionGroup("outer", [v, inner, ZeroDivisionError("zero")])
    outer.add_note("a note on the group")
raise outer
