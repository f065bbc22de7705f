class Base:
    def template(self):
        return f"{self.prefix()}-{self.body()}-{self.suffix()}"
    def prefix(self):
        return "BEGIN"
    def body(self):
        raise NotImplementedError(f"{type(self).__name__}.body")
    def suffix(self):
        return "END"
class Simple(Base):
    def body(self):
        return "simple"
class Fancy(Simple):
    def prefix(self):
        return "*" + super().prefix()
    def suffix(self):
        return super().suffix() + "*"
for cls in (Simple, Fancy, Base):
    try:
        print(cls.__name__, cls().template())
    except NotImplementedError as e:
        print(cls.__name__, "NotImplementedError", e)
print([m for m in ("prefix", "body", "suffix") if m in Fancy.__dict__])
print(Fancy.body is Simple.body, Fancy.prefix is Base.prefix, Fancy().prefix.__func__ is Fancy.prefix)
