# range() keeps its arguments as exact ints (PyNumber_Index): bools and int subclasses become int.
class MyInt(int):
    pass


for args in [(True,), (False, True), (True, MyInt(7), True), (MyInt(2), 10, MyInt(3))]:
    r = range(*args)
    print(r, [type(v).__name__ for v in (r.start, r.stop, r.step)], list(r))
