# zero-argument super() in methods, classmethods, __init_subclass__, nested functions
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return f"make {cls.__name__}"
    @staticmethod
    def st():
        return "static"
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get("tag", "none")
        super().__init_subclass__()

class Mid(Base, tag="mid"):
    def greet(self):
        return "mid+" + super().greet()
    @classmethod
    def make(cls):
        return "mid " + super().make()
    def nested(self):
        def inner():
            return super(Mid, self).greet()
        return inner()
    def lam(self):
        return (lambda: super(Mid, self).greet())()
    def comp(self):
        return [super().greet() for _ in range(2)]

class Leaf(Mid):
    def greet(self):
        return "leaf+" + super().greet()

l = Leaf()
print(l.greet(), Leaf.make(), l.make(), l.nested(), l.lam(), l.comp())
print(Mid.tag, Leaf.tag, Base.st())
s = super(Mid, l)
print(type(s).__name__, s.greet(), super(Leaf, Leaf).make())
print(repr(super(Mid, l)).startswith("<super: <class 'Mid'>, <Leaf object>>"))
try:
    super(Mid, 3)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class NoArgs:
    def m(self=None, *a):
        return super().__repr__()[:8]
print(NoArgs().m())
class Attr(Leaf):
    def greet(self):
        try:
            return super().missing
        except AttributeError as e:
            return str(e)
print(Attr().greet())
class WithClass:
    def who(self):
        return __class__.__name__
print(WithClass().who())
