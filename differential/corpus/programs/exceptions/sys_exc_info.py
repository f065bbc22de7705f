import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno, sys.exception() is v)
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[1].args)
    print("restored:", sys.exc_info()[1])
print(sys.exc_info())
def in_generator():
    try:
        raise TypeError("gen")
    except TypeError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = in_generator()
print(next(g), sys.exc_info()[0], next(g))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next, e.with_traceback(None).__traceback__)
