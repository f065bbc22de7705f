# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) builds a traceback entry, as
# libraries that rewrite tracebacks do (CPython: Python/traceback.c tb_new_impl, tb_dir).
import sys
import traceback
import types


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


def fail():
    return {}["missing"] + 1


try:
    fail()
except KeyError as e:
    real = e.__traceback__

frame = sys._getframe()
show("frame int", lambda: types.TracebackType(None, 5, 0, 1))
show("next int", lambda: types.TracebackType(5, frame, 0, 1))
show("lasti str", lambda: types.TracebackType(None, frame, "0", 1))
show("keywords", lambda: types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=0,
                                             tb_lineno=1).tb_lineno)

inner = real.tb_next
copy = types.TracebackType(None, inner.tb_frame, inner.tb_lasti, inner.tb_lineno)
outer = types.TracebackType(copy, real.tb_frame, real.tb_lasti, real.tb_lineno)
print(outer.tb_next is copy, copy.tb_next, copy.tb_lasti == inner.tb_lasti,
      copy.tb_lineno, outer.tb_lineno, dir(outer))
print("".join(traceback.format_exception(KeyError, KeyError("missing"), outer)))
print([type(types.TracebackType.__dict__[n]).__name__
       for n in ("tb_frame", "tb_next", "tb_lasti", "tb_lineno")])
made = types.TracebackType(None, frame, 10**6, 99)
print(made.tb_lasti, made.tb_lineno, made.tb_frame is frame)
try:
    raise ValueError("with a made traceback").with_traceback(copy)
except ValueError as e:
    print([lineno for _, lineno in traceback.walk_tb(e.__traceback__)])
