import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name
def caller():
    return where()
print(caller())
def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)
def user():
    a, b = 1, 2
    return locals_of_caller()
print(user())
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_globals is globals(), frame.f_locals is globals(), frame.f_back)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
def tb_demo():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno
print(tb_demo())
