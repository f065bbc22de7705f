e = ValueError("msg", 42)
print(e.args, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__, hasattr(e, "__notes__"))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, caught.__traceback__.tb_lineno)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
print(BaseException.__new__(BaseException).args, Exception.__init__.__name__)
class Custom(Exception):
    def __init__(self):
        pass
c = Custom()
print(c.args, repr(c), str(c))
c.args = ["list", "becomes", "tuple"]
print(c.args, type(c.args).__name__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__, t.__context__)
print(StopIteration(1, 2).value, StopIteration().value, KeyError("x").args, OSError().errno)
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad").object, SyntaxError("m").msg)
s = SyntaxError("invalid", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
