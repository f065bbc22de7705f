import cycle_attr
try:
    cycle_attr.late
except AttributeError as e:
    print("late itself:", e)
