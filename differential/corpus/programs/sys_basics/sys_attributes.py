import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.version[:4])
print(type(sys.version_info).__name__, sys.version_info.releaselevel, len(sys.version_info))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, sys.maxunicode)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(sys.intern("abc") == "abc", sys.intern("x" * 3) is sys.intern("xxx"))
print(type(sys.path).__name__, type(sys.modules).__name__, isinstance(sys.getsizeof([]), int))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.hash_info.algorithm, sys.int_info.bits_per_digit > 0, sys.float_info.dig)
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.utf8_mode)
print(sys.exc_info(), sys.exception(), callable(sys.exit), callable(sys._getframe))
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
