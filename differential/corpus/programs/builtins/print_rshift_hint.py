# "print >> stream" (Python 2's redirection) raises TypeError with a hint to use file=; only
# for the builtin print and the >> operator.
import sys


class RRShiftNotImplemented:
    def __rrshift__(self, other):
        return NotImplemented


class RRShift:
    def __rrshift__(self, other):
        return "rrshift of " + other.__name__


for left, right in [(print, sys.stderr), (print, 42), (print, RRShiftNotImplemented()),
                    (max, sys.stderr), (print, "x")]:
    try:
        left >> right
    except TypeError as e:
        print(e)
try:
    print << sys.stderr
except TypeError as e:
    print(e)
p = print
try:
    p >>= 1
except TypeError as e:
    print(e)
print(print >> RRShift())
