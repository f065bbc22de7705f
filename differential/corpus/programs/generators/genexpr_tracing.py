# Generator expressions and sys.settrace: each resume is a call, a line and a return; the
# handled exception seen inside is the one of the code that resumes them.
import sys
try: raise KeyError
except KeyError:
    g = (sys.exc_info()[0] for _ in range(2))
    print(next(g))
print(list(g))
def f():
    try:
        raise ValueError
    except ValueError:
        return [sys.exc_info()[0] for _ in range(1)], list(sys.exc_info()[0] for _ in range(1))
print(f())
def tracer(frame, event, arg):
    if frame.f_code.co_name == '<genexpr>':
        print(event, frame.f_lineno)
    return tracer
sys.settrace(tracer)
print(sum(x for x in range(3)))
sys.settrace(None)
