# frame.clear(): a finished frame's locals go away; an executing frame refuses;
# a suspended generator's frame is cleared by closing the generator;
# traceback.clear_frames and unittest's assertRaises rely on it.
import sys
import traceback
import unittest


def fails():
    secret = [1, 2, 3]
    raise ValueError("boom")


try:
    fails()
except ValueError as e:
    tb = e.__traceback__

frame = tb.tb_next.tb_frame
print(frame.f_code.co_name, sorted(frame.f_locals))
print(frame.clear())
print(frame.f_code.co_name, sorted(frame.f_locals))

try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError:", e)


def outer():
    inner_frame = sys._getframe()
    def inner():
        try:
            inner_frame.clear()
        except RuntimeError as e:
            print("caller:", e)
    inner()


outer()


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


g = gen()
print(next(g))
g.gi_frame.clear()
print(list(g))


def running():
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        print("running generator:", e)
    yield 0


me = running()
print(next(me))

try:
    fails()
except ValueError as e:
    traceback.clear_frames(e.__traceback__)
    print("cleared:", sorted(e.__traceback__.tb_next.tb_frame.f_locals))


class T(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            fails()
        print("assertRaises:", cm.exception)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(result)
print(result.testsRun, len(result.errors), len(result.failures))


# Cells and free variables go too, the closure keeps its own cells; the trace function goes;
# f_lineno cannot be deleted.
def make_frames():
    def outer_with_cells():
        x = 5
        y = 6
        def inner():
            z = x + 2
            1 / 0
        return inner()
    try:
        outer_with_cells()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        frames = []
        while tb:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


_, outer_frame, inner_frame = make_frames()
print(sorted(outer_frame.f_locals), sorted(inner_frame.f_locals))
outer_frame.f_trace = print
outer_frame.clear()
inner_frame.clear()
print(outer_frame.f_locals, inner_frame.f_locals, outer_frame.f_trace)
try:
    del outer_frame.f_lineno
except AttributeError as e:
    print("AttributeError:", e)


def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        frames.append(sys._getframe())
        return n
    return bump


frames = []
bump = counter()
bump()
frames[0].clear()
print("closure still counts:", bump(), bump.__closure__[0].cell_contents)
