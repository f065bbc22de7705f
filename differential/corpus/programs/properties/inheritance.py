class Base:
    @property
    def name(self):
        return "base"
    @property
    def kind(self):
        return "kind:" + self.name
class Child(Base):
    @property
    def name(self):
        return "child+" + super().name
print(Base().kind, Child().kind, Child().name)
class Overridden(Base):
    name = "plain attribute"
print(Overridden().name, Overridden().kind)
class Settable(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
s = Settable()
s.name = "x"
print(s.name, s._n)
try:
    Base().name = "no"
except AttributeError as e:
    print(e)
class Abstractish:
    @property
    def value(self):
        return self._compute()
    def _compute(self):
        return 1
class Concrete(Abstractish):
    def _compute(self):
        return 2
print(Abstractish().value, Concrete().value)
