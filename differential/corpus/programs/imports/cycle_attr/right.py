import cycle_attr
from . import left
try:
    left.missing
except AttributeError as e:
    print("left:", e)
try:
    cycle_attr.late
except AttributeError as e:
    print("late:", e)
