class MultiLine(Exception):
    def __str__(self):
        return "first line\n  second line\nthird"
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print("empty:", repr(str(e)))
raise MultiLine("ignored")
