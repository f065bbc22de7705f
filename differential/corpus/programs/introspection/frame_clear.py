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
