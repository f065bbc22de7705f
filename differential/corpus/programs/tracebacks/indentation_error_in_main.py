# An IndentationError in the main file, reported before anything runs.
def greet(name):
    message = "hello " + name
    return message
print(greet("world"))
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
    return "hi " + self.name
print(Greeter("x").greet())
