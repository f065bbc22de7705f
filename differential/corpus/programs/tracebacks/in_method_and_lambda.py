# A ZeroDivisionError in a lambda called from a method: frames named run and <lambda>,
# with markers under the call and the division.
class Calculator:
    def __init__(self):
        self.ops = {"div": lambda a, b: a / b, "add": lambda a, b: a + b}
    def run(self, op, a, b):
        return self.ops[op](a, b)
calc = Calculator()
print(calc.run("add", 1, 2))
print(calc.run("div", 1, 0))
