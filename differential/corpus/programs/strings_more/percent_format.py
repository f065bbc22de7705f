# printf-style formatting: conversions, flags, widths, mapping keys and CPython's messages
class Idx:
    def __index__(self):
        return 42

class Flt:
    def __float__(self):
        return 2.5

class R:
    def __repr__(self):
        return 'R\u00e9pr'

print('%s|%r|%a' % ('caf\u00e9', 'caf\u00e9', 'caf\u00e9'))
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%d %i %u' % (42, -7, 3))
print('%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8))
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1e20))
print('%.3e|%10.4f|%-10.2f|%+.1f|%#.0f|%#g' % (1234.5, 3.14159, 2.5, 2.25, 3.0, 1.0))
print('%c%c%c' % (65, 'b', 0x1F600))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%d %x %f' % (Idx(), Idx(), Flt()))
print('%d' % 3.99, '%d' % -3.99, '%s' % True, '%d' % True)
print('%r %a' % (R(), R()))
print('%s' % [1, 'a'], '%s' % ((1, 2),), '%%', '100%% sure' % ())
print('%d' % 2**100, '%x' % -2**70)
cases = [
    "'%d' % 'x'", "'%x' % 1.5", "'%f' % 'x'", "'%c' % 'ab'", "'%c' % 1.5",
    "'%c' % -1", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%(a)s' % {}",
    "'%(a)s %s' % {'a': 1}", "'%*d' % ('x', 1)", "'%y' % 1", "'%' % ()",
    "'%(a' % {'a': 1}", "'%(a)s' % (1,)", "'%s' % ()", "'%.*f' % ('a', 1.0)",
    "'%d' % [1]", "'%o' % 'x'", "'%e' % [1]",
]
for case in cases:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, '->', repr(e))
