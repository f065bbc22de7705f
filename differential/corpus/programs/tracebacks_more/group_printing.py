# Uncaught exception groups print as nested boxes, with notes and chained members.
def fail(n):
    raise ValueError(f"bad {n}")
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
inner.add_note("inner note")
try:
    raise OSError("cause")
except OSError as c:
    chained = RuntimeError("chained")
    chained.__cause__ = c
raise ExceptionGroup("outer", errors + [inner, chained])
