print(True and 3, 0 and 3, 2 or 3, 0 or [], not 0, not 5, None or "x")
print(bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(0.0), bool(-0.0))
print(True + 1, True * False, True / 2, True // True, -True, ~False, abs(False))
print(str(True), repr(False), int(True), float(False), True.__class__.__name__)
print(bool.__mro__[1].__name__, True.real, True.imag, True.numerator)
print(sum([True, True, False, True]), sorted([True, False, True]))
print(True & True, True | 0, False ^ 1, type(True & True).__name__, type(True & 1).__name__)
try:
    bool.__new__(bool, 3, 4)
except TypeError as e:
    print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
print(bool(3), bool.__name__, (True).bit_length(), hash(True), hash(False))
print(1 if True else 2, [x for x in (0, 1, 2, 3) if x])
print(f"{True}", f"{True!r}", f"{True:d}", f"{False:>6}", format(True, "^7"))
