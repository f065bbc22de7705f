# super() lookups must follow changes to the classes along the MRO: methods added, replaced
# and deleted after earlier super() calls found (and may have remembered) another answer, a
# changed __bases__, and a class variable read through super().


class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"


class Middle(Base):
    pass


class Leaf(Middle):
    def greet(self):
        return "Leaf>" + super().greet()

    def kind_via_super(self):
        return super().kind


leaf = Leaf()
for round_ in range(3):
    print(round_, leaf.greet(), leaf.kind_via_super())

Middle.greet = lambda self: "Middle.lambda>" + super(Middle, self).greet()
print(leaf.greet())
Base.greet = lambda self: "Base.replaced"
print(leaf.greet())
del Middle.greet
print(leaf.greet())
Middle.kind = "middle"
print(leaf.kind_via_super())
del Middle.kind
print(leaf.kind_via_super())


class Other:
    kind = "other"

    def greet(self):
        return "Other.greet"


Middle.__bases__ = (Other,)
print(leaf.greet(), leaf.kind_via_super(), [c.__name__ for c in Leaf.__mro__])
del Other.greet
try:
    leaf.greet()
except AttributeError as e:
    print("AttributeError:", e)


class Diamond(Leaf, Other):
    def greet(self):
        return "Diamond>" + super().greet()


print([c.__name__ for c in Diamond.__mro__])
Other.greet = lambda self: "Other.again"
print(Diamond().greet())
