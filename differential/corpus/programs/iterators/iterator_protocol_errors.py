class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    for x in BadNext():
        pass
except ValueError as e:
    print(e)
try:
    list(BadNext())
except ValueError as e:
    print("list:", e)
class Limited:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("finished", self.n)
        return self.n
print(list(Limited()), [x * 2 for x in Limited()], tuple(Limited()))
it = Limited()
for x in it:
    pass
print(it.n, next(it, "exhausted"), it.n)
try:
    next(5)
except TypeError as e:
    print(e)
try:
    for x in None:
        pass
except TypeError as e:
    print(e)
try:
    a, b = BadNext()
except ValueError as e:
    print("unpack:", e)
