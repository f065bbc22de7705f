# An uncaught group whose handled part is removed by except*: the rest is re-raised with
# the original traceback and printed as a group.
print("splitting a group")
def fail_all():
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), KeyError("k")])
try:
    fail_all()
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("handled keys", len(eg.exceptions))
print("not reached")
