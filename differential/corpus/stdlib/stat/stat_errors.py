# Mode arguments are C mode_t values: the conversions' errors, and ints that pass.
import _stat


class Index:
    def __index__(self):
        return 0o40755


class MyInt(int):
    pass


for value in [-1, 2**32, 2**32 - 1, 2**63, 2**64, 2**70, 1.5, Index(), "7", None, True,
              MyInt(0o100644)]:
    for f in (_stat.S_ISDIR, _stat.S_IMODE, _stat.S_IFMT, _stat.filemode, _stat.S_ISWHT):
        try:
            print(f.__name__, repr(f(value)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

try:
    _stat.S_ISDIR()
except TypeError as e:
    print(e)
try:
    _stat.filemode(1, 2)
except TypeError as e:
    print(e)
print(_stat.S_ISDIR.__doc__)
print(_stat.filemode.__doc__)
