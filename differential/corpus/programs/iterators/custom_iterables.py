class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), sum(f), max(f), len(list(f)), 55 in f, 56 in f)
print(list(zip(f, "abcdef")), sorted(f, reverse=True)[:3], list(enumerate(f))[-2:])
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buffer = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buffer:
            return self.buffer.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buffer:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                return default
        return self.buffer[-1]
p = Peekable([1, 2, 3])
print(p.peek(), next(p), p.peek(), list(p), p.peek("end"))
