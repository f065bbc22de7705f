# sys.call_tracing (a debugger's recursive tracing), sys._clear_type_cache, the dlopen flags and
# sys._framework: what a program reaching for them sees.
import sys

print(repr(sys._framework), sys.getdlopenflags())
print(sys.call_tracing.__doc__.splitlines()[0])
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print(e)
print(sys.call_tracing(max, (3, 4)), sys.call_tracing(dict, ()))
print(sys._clear_type_cache())
try:
    sys.setdlopenflags("x")
except TypeError as e:
    print(e)
sys.setdlopenflags(258)
print(sys.getdlopenflags())
sys.setdlopenflags(2)

events = []


def inner():
    return 5


def tracer(frame, event, arg):
    events.append((frame.f_code.co_name, event))
    if event == "call" and frame.f_code.co_name == "outer":
        # inside a trace function tracing is off; call_tracing turns it on for inner
        events.append(("call_tracing gives", sys.call_tracing(inner, ())))
        inner()
    return None


def outer():
    return 1


sys.settrace(tracer)
outer()
sys.settrace(None)
print(events)

# what a debugger's recursive session does: the nested code sets its own trace function
events = []


def tracer2(frame, event, arg):
    events.append(("t2", frame.f_code.co_name, event))
    return None


def nested():
    sys.settrace(tracer2)
    inner()
    sys.settrace(None)
    inner()


def tracer1(frame, event, arg):
    events.append(("t1", frame.f_code.co_name, event))
    if event == "call" and frame.f_code.co_name == "outer":
        sys.call_tracing(nested, ())
        inner()
    return None


sys.settrace(tracer1)
outer()
inner()
sys.settrace(None)
print(events)
