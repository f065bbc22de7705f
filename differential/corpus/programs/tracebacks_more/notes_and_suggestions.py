# Notes after the message, and "Did you mean" suggestions for names and attributes.
import traceback
class Config:
    def __init__(self):
        self.timeout = 3
c = Config()
try:
    c.timeot
except AttributeError:
    traceback.print_exc()
try:
    lenght = 5
    print(lenght + lengt)
except NameError:
    traceback.print_exc()
try:
    prnt("x")
except NameError:
    traceback.print_exc()
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nmultiline note")
raise e
