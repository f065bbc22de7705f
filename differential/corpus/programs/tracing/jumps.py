# Setting f_lineno in a line trace event: jumps forward and backward, out of and into
# with, for, while and try blocks, and CPython's errors for the jumps it refuses.
import sys
def make(fn, frm, to):
    first = fn.__code__.co_firstlineno
    done = [False]
    def tr(frame, event, arg):
        if done[0]: return
        if frame.f_code is fn.__code__ and event == 'line' and frame.f_lineno == first + frm:
            done[0] = True
            try:
                frame.f_lineno = first + to
            except ValueError as e:
                print("ValueError:", e)
        return tr
    return tr
def run(fn, frm, to):
    out = []
    sys.settrace(make(fn, frm, to))
    try:
        fn(out)
    except Exception as e:
        print("raised", type(e).__name__, e)
    sys.settrace(None)
    print(fn.__name__, frm, to, out)

class C:
    def __enter__(self): return self
    def __exit__(self, *a): return False

def with_block(output):
    output.append(1)
    with C():
        output.append(3)
    output.append(4)
run(with_block, 0, 2)
run(with_block, 3, 1)
def with_as(output):
    output.append(1)
    with C() as x:
        output.append(3)
    output.append(4)
run(with_as, 0, 2)
run(with_as, 2, 3)
run(with_as, 3, 4)
def try_ex(output):
    output.append(1)
    try:
        output.append(3)
        1/0
    except ZeroDivisionError:
        output.append(6)
    else:
        output.append(8)
    finally:
        output.append(10)
    output.append(11)
for a in range(0, 12):
    for b in range(0, 12):
        run(try_ex, a, b)
def for_body(output):
    output.append(1)
    for i in range(2):
        output.append(3)
        output.append(4)
    output.append(5)
run(for_body, 4, 2)
run(for_body, 3, 2)
run(for_body, 4, 5)
run(for_body, 5, 2)
run(with_block, 1, 3)
def while_b(output):
    i = 0
    while i < 2:
        i += 1
        output.append(i)
    output.append(5)
run(while_b, 4, 2)
run(while_b, 4, 1)
run(while_b, 0, 3)
def fin(output):
    try:
        output.append(2)
        1/0
    finally:
        output.append(5)
        output.append(6)
    output.append(7)
run(fin, 5, 7)
run(fin, 6, 7)
