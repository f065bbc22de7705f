# Notes that are not strings, and a __str__ that fails, as the uncaught printer shows them.
class Loud(Exception):
    def __str__(self):
        raise TypeError("no str")
try:
    raise Loud("x")
except Loud as e:
    print("caught", type(e).__name__)
e = ValueError("with odd notes")
e.__notes__ = ["text note", 42, "multi\nline"]
raise e
