# sys.settrace and sys.setprofile: call, line, return and exception events of straight-line
# functions, local trace functions, f_trace, and turning tracing off.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_name
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    events.append((event, name, frame.f_lineno, arg))
    if name == "untraced_lines":
        return None
    return tracer


def add(a, b):
    total = a + b
    doubled = total * 2
    return doubled


def caller():
    x = add(1, 2)
    y = add(x, 3)
    return y


def fails():
    value = 10
    raise ValueError("bad " + str(value))


def untraced_lines():
    a = 1
    b = 2
    return a + b


sys.settrace(tracer)
result = caller()
try:
    fails()
except ValueError:
    pass
untraced_lines()
sys.settrace(None)
print(result, sys.gettrace())
for e in events:
    print(e)

profile = []


def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        profile.append((event, frame.f_code.co_name))


sys.setprofile(profiler)
caller()
sys.setprofile(None)
print([p for p in profile if not p[0].startswith("c_")], sys.getprofile())


def bad_tracer(frame, event, arg):
    raise RuntimeError("tracer failed")


sys.settrace(bad_tracer)
try:
    add(1, 1)
except RuntimeError as e:
    print("RuntimeError", e, sys.gettrace())
sys.settrace(None)


def local_only():
    frame = sys._getframe()
    seen = []

    def local(frame, event, arg):
        seen.append((event, frame.f_lineno))
        return local

    frame.f_trace = local
    sys.settrace(lambda *a: None)
    a = 1
    b = 2
    sys.settrace(None)
    frame.f_trace = None
    c = 3
    return seen


print(local_only())
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
