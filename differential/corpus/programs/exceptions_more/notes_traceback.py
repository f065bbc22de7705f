# add_note, __notes__ and with_traceback.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print(t)
def f():
    raise KeyError("k")
try:
    f()
except KeyError as k:
    tb = k.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
    e2 = RuntimeError("r").with_traceback(tb)
    print(e2.__traceback__ is tb)
print(ValueError().with_traceback(None).__traceback__)
try:
    ValueError().with_traceback(5)
except TypeError as t:
    print(t)
