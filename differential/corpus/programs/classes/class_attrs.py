class Counter:
    instances = 0
    registry = []
    def __init__(self, name):
        Counter.instances += 1
        self.registry.append(name)
        self.name = name
a = Counter("a")
b = Counter("b")
print(Counter.instances, Counter.registry, a.registry is b.registry)
a.registry = ["own"]
print(a.registry, b.registry, Counter.registry)
class Config:
    debug = False
    level = 1
    def enable(self):
        self.debug = True
c = Config()
c.enable()
print(c.debug, Config.debug, vars(c))
Config.level = 5
print(c.level)
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__, Empty.__mro__, bool(e), e == e, e != Empty())
print(sorted(k for k in Empty.__dict__ if not k.startswith("__") or k == "__module__"))
class WithDoc:
    "doc"
print(WithDoc.__doc__, Empty.__doc__)
