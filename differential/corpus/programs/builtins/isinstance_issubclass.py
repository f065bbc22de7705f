print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))))
print(isinstance(1, int | str), isinstance(None, type(None)), isinstance("s", str | None), isinstance([], object))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int | None), issubclass(type, object))
print(int | str, type(int | str).__name__, (int | str) == (str | int), int | None)
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, [int]), lambda: issubclass(1, int),
            lambda: issubclass(int, 1), lambda: isinstance(1, list[int])]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), isinstance(Magic(), Magic))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()).__name__)
print(type(5) is int, type(type(5)) is type, type("", (), {}).__name__ == "")
