class Desc:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, owner):
        return f"desc {self.label}"
    def __set__(self, obj, v):
        obj.__dict__["shadow"] = v
class Base:
    attr = Desc("base")
    plain = "class plain"
class Child(Base):
    pass
c = Child()
c.__dict__["attr"] = "instance"
c.__dict__["plain"] = "instance plain"
print(c.attr, c.plain, Child.plain)
c.attr = "via set"
print(c.__dict__)
class GA:
    x = "class x"
    def __getattribute__(self, name):
        return "always " + name
    def __getattr__(self, name):
        return "fallback"
print(GA().x, GA().missing)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Fallback().boom, Fallback().__class__.__name__)
class Meta(type):
    where = "meta"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.where, hasattr(WithMeta(), "where"))
