# Four nested calls through a method, a closure and a lambda: each frame is named and
# the markers sit under each call.
class Pipeline:
    def __init__(self, steps):
        self.steps = steps
    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value
def make_divider(d):
    def divide(x):
        return x / d
    return divide
p = Pipeline([lambda x: x + 1, make_divider(2), make_divider(0)])
print(Pipeline([abs]).run(-3))
p.run(10)
