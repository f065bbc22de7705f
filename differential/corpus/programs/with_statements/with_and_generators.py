class Tracker:
    active = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Tracker.active.append(self.name)
        return self.name
    def __exit__(self, *exc):
        Tracker.active.remove(self.name)
def gen():
    with Tracker("gen") as name:
        yield f"inside {name}, active={Tracker.active}"
        yield "second"
g = gen()
print(next(g))
print(Tracker.active)
g.close()
print("after close", Tracker.active)
def consume():
    for item in gen():
        print(item)
consume()
print(Tracker.active)
with Tracker("outer"):
    h = gen()
    print(next(h), Tracker.active)
print(Tracker.active)
h.close()
print(Tracker.active)
