# timedelta's days, seconds and microseconds are struct members in CPython
# (Modules/_datetimemodule.c delta_members): member descriptors, read-only, with docstrings.
import datetime
import inspect

d = datetime.timedelta(days=1, seconds=2, microseconds=3)
for name in ("days", "seconds", "microseconds"):
    descriptor = datetime.timedelta.__dict__[name]
    print(name, type(descriptor).__name__, inspect.ismemberdescriptor(descriptor),
          inspect.isgetsetdescriptor(descriptor), descriptor.__get__(d), descriptor.__doc__)
    try:
        setattr(d, name, 5)
    except AttributeError as e:
        print("AttributeError", e)
print([type(datetime.date.__dict__[n]).__name__ for n in ("year", "month", "day")])
