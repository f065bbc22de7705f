# traceback: formatting exceptions, chained causes, stack summaries and frame walking.
import traceback
import sys


def inner(x):
    return 10 / x


def outer(x):
    try:
        return inner(x)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e


def clean(text):
    return text.replace(__file__, "FILE")


try:
    outer(0)
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))))
    print(traceback.format_exception_only(type(e), e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
try:
    {}["k"]
except KeyError:
    print(clean(traceback.format_exc(limit=1)))
    etype, value, tb = sys.exc_info()
    print(etype.__name__, repr(value), tb.tb_lineno)


def depth():
    return [f.name for f in traceback.extract_stack()][-3:]


print(depth())
summary = traceback.StackSummary.from_list([("f.py", 1, "fn", "x = 1")])
print(summary.format())
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as e:
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=True))))
