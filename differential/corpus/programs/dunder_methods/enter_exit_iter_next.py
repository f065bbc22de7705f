class Countdown:
    def __init__(self, n):
        self.n = n
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, *exc):
        self.log.append("exit")
        return False
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __call__(self, k):
        return self.n * k
    def __contains__(self, x):
        return 0 < x <= self.n
with Countdown(3) as cd:
    print(3 in cd, 4 in cd, cd(10))
    print(list(cd))
    print(cd(10), 1 in cd)
print(cd.log)
class Sized:
    def __len__(self):
        return 3
    def __length_hint__(self):
        return 100
print(len(Sized()), bool(Sized()))
