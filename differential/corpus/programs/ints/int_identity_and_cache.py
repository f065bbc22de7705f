print(int("5") == 5, int(5.0) == 5, 5 == 5.0 == 5 + 0j, int is type(5), type(True) is not int)
a = 1000
b = 999 + 1
print(a == b, hash(a) == hash(b), a.__eq__(b), int.__eq__(a, b), (a).__hash__() == 1000)
values = [0, -0, 0.0, -0.0, False, 0j]
print(len(set(values)), values.count(0), {0: "int"}.get(False), {False: "b"}[0])
print(1 in [1.0], 1.0 in {1}, True in {1: "x"}, {1, 1.0, True}, {1.0, 1, True})
print(int.__new__(int, 7), int.__new__(bool, 1) if False else "bool cannot be created by int.__new__")
class I(int):
    pass
print(I(5) == 5, type(I(5) + 1).__name__, type(+I(5)).__name__, type(abs(I(-5))).__name__)
print(int(I(9)), type(int(I(9))).__name__, I(3) in {3}, {I(3): 1}[3], isinstance(I(1), int))
print((5).__class__, (5).__class__.__name__, int.__mro__, bool.__bases__)
