# iter(callable, sentinel): the sentinel is compared as `sentinel == value` (its __eq__ runs
# first), and a call that exhausts the iterator re-entrantly ends the iteration (gh-101892).
class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq on", self.name)
        return NotImplemented


values = iter([Loud("value"), Loud("value2")])
it = iter(lambda: next(values), Loud("sentinel"))
print(next(it).name)


def spam():
    if spam.recursive:
        return "stop"
    spam.recursive = True
    print("exhausting:", list(spam.iterator))
    return "more"


spam.recursive = False
spam.iterator = iter(spam, "stop")
try:
    print(next(spam.iterator))
except StopIteration:
    print("StopIteration after the re-entrant exhaustion")
print(list(spam.iterator))
counter = iter(range(5).__iter__().__next__, 3)
print(list(counter), list(counter))
