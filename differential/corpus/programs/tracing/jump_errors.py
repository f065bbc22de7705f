# The jumps CPython refuses when a tracer sets f_lineno, and their messages: non-integers,
# lines outside the code, events other than 'line', unreachable lines,
# except blocks; and jumps between except blocks, which keep handling the exception.
import sys


def make(fn, frm, to, event="line"):
    first = fn.__code__.co_firstlineno
    done = [False]

    def tr(frame, ev, arg):
        if done[0]:
            return None
        if frame.f_code is fn.__code__ and ev == event and frame.f_lineno == first + frm:
            done[0] = True
            try:
                frame.f_lineno = to if isinstance(to, str) else first + to
            except ValueError as e:
                print("  ValueError:", str(e).replace(str(first), "FIRST"))
        return tr
    return tr


def run(fn, frm, to, event="line"):
    out = []
    sys.settrace(make(fn, frm, to, event))
    try:
        fn(out)
    except Exception as e:
        out.append(type(e).__name__)
    sys.settrace(None)
    print(fn.__name__, frm, to, event, out)


def simple(output):
    output.append(1)
    output.append(2)
    return 3


def after_return(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        output.append(5)
        return
    output.append(7)


def infinite(output):
    output.append(1)
    while True:
        output.append(3)
        break
    output.append(5)


def between_handlers(output):
    try:
        1 / 0
    except ZeroDivisionError:
        output.append(4)
        output.append(5)
    except FloatingPointError:
        output.append(7)
    output.append(8)


def into_handler(output):
    output.append(1)
    try:
        output.append(3)
    except ValueError as e:
        output.append(5)


def handled_after(output):
    try:
        raise KeyError(2)
    except KeyError:
        output.append(sys.exc_info()[0].__name__)
        output.append(5)
    output.append(sys.exc_info()[0])


run(simple, 1, "spam")
run(simple, 1, -5)
run(simple, 1, 9)
run(simple, 0, 2, "call")
run(simple, 3, 1, "return")
run(after_return, 5, 7)
run(infinite, 3, 5)
run(between_handlers, 5, 7)
run(into_handler, 1, 5)
run(into_handler, 1, 4)
run(handled_after, 4, 6)
run(handled_after, 5, 3)
