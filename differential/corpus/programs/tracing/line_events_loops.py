# Line events of loops, branches and statements sharing a line, as (event, line relative to
# the function's def) for each traced function.
import sys


def run(fn, *args):
    first = fn.__code__.co_firstlineno
    events = []

    def tracer(frame, event, arg):
        if frame.f_code is fn.__code__:
            events.append((event, frame.f_lineno - first))
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    except Exception as e:
        events.append(("raised", type(e).__name__))
    finally:
        sys.settrace(None)
    print(fn.__name__, events)


def one_line():
    a = 1; b = 2
    c = a + b


def for_loop():
    total = 0
    for i in range(3):
        total += i
    return total


def for_one_line():
    for i in range(3): pass
    x = 1


def for_else():
    for i in range(2):
        if i == 5:
            break
    else:
        x = 1
    y = 2


def for_break():
    for i in range(5):
        if i == 2:
            break
        x = i
    return 0


def for_continue():
    for i in range(3):
        if i == 1:
            continue
        x = i


def while_loop():
    i = 0
    while i < 3:
        i += 1
    return i


def while_true():
    i = 0
    while True:
        i += 1
        if i > 2:
            break
    return i


def while_else():
    i = 0
    while i < 2:
        i += 1
    else:
        i = 10


def if_else(x):
    if x:
        a = 1
    elif x is None:
        a = 2
    else:
        a = 3
    return a


def nested_loops():
    for i in range(2):
        for j in range(2):
            pass
    return 1


def loop_at_end():
    for i in range(2):
        x = i


def implicit_return_after_if(x):
    if x:
        y = 1


def raise_caught():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 1
    return x


def raise_uncaught():
    x = 1
    raise ValueError("no")


run(one_line)
run(for_loop)
run(for_one_line)
run(for_else)
run(for_break)
run(for_continue)
run(while_loop)
run(while_true)
run(while_else)
run(if_else, 1)
run(if_else, None)
run(if_else, 0)
run(nested_loops)
run(loop_at_end)
run(implicit_return_after_if, 0)
run(implicit_return_after_if, 1)
run(raise_caught)
run(raise_uncaught)
