class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    __hash__ = None
class LogMixin:
    log = []
    def __init__(self, *args, **kwargs):
        LogMixin.log.append(type(self).__name__)
        super().__init__(*args, **kwargs)
class Base:
    def __init__(self, name):
        self.name = name
class Item(LogMixin, JsonMixin, CompareMixin, Base):
    pass
a, b = Item("a"), Item("b")
print(a.to_json(), a == Item("a"), a < b, sorted([b, a]) == [a, b], Item.__hash__)
print([c.__name__ for c in Item.__mro__], LogMixin.log)
print(isinstance(a, JsonMixin), issubclass(Item, CompareMixin), Item.__bases__)
class Reordered(JsonMixin, LogMixin, Base):
    pass
r = Reordered("r")
print(r.to_json(), LogMixin.log, [c.__name__ for c in Reordered.__mro__])
