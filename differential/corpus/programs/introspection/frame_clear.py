# frame.clear(): a finished frame drops its locals, a running one refuses, a suspended
# generator is closed first; traceback.clear_frames (used by unittest) walks a traceback.
import sys, traceback
def f():
    x = 1
    return sys._getframe()
fr = f()
print(sorted(fr.f_locals))
fr.clear()
print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def g():
    try:
        yield 1
    finally:
        print("closed")
gen = g(); next(gen)
gen.gi_frame.clear()
print(gen.gi_frame)
try:
    1/0
except ZeroDivisionError as e:
    traceback.clear_frames(e.__traceback__)
    print("cleared")
