# The ^^^ and ~~~^^^ markers under calls, attributes, subscripts and operators.
import traceback
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc()
class Box:
    def __init__(self):
        self.items = {"a": [1, 2]}
    def method(self, x):
        return 1 / x
box = Box()
show(lambda: box.method(0))
show(lambda: box.missing)
show(lambda: box.items["b"])
show(lambda: box.items["a"][5])
show(lambda: box.items["a"][0] + "s")
show(lambda: 1 +   None)
show(lambda: box.items["a"][0] // 0)
def nested():
    return len(box.items["a"]) * {}.get("x") ** 2
show(nested)
def longer():
    value = (box.items["a"][0] +
             None)
    return value
show(longer)
def call_multiline():
    return box.method(
        0
    )
show(call_multiline)
