class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("released", self.name, "open now:", Resource.opened)
        return False
    def use(self, fail=False):
        if fail:
            raise IOError(f"{self.name} failed")
        return f"used {self.name}"
with Resource("db") as db, Resource("cache") as cache:
    print(db.use(), cache.use(), Resource.opened)
try:
    with Resource("net") as net:
        net.use(fail=True)
except OSError as e:
    print("error:", e, Resource.opened)
class Timer:
    def __init__(self):
        self.ticks = 0
    def __enter__(self):
        self.ticks += 1
        return self
    def __exit__(self, *a):
        self.ticks += 10
t = Timer()
with t:
    with t:
        print("nested reuse", t.ticks)
print(t.ticks)
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as one:
    with r as two:
        print(one, two)
print(Reentrant.depth)
