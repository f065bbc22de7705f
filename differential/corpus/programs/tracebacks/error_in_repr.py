# An AttributeError raised by __repr__ while an f-string is built: the traceback goes
# from the f-string's line into the __repr__ method, with 3.11's name suggestion.
class Widget:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Widget(" + self.nmae + ")"
w = Widget("knob")
print("widget name:", w.name)
try:
    repr(w)
except AttributeError as e:
    print("caught once:", e)
message = f"created {w!r}"
print(message)
