# str.format and format_map: positions, keywords, accessors, conversions, nested specs
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return f'P<{self.x},{self.y}:{spec}>'

    def __repr__(self):
        return 'Point()'

print('{} {} {}'.format(1, 'two', 3.0))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age}'.format(name='Bob', age=7))
print('{0.x} {0.y} {1[0]} {1[2]} {2[k]}'.format(Point(1, 2), [9, 8, 7], {'k': 'v'}))
print('{!r} {!s} {!a}'.format('\u00e9', '\u00e9', '\u00e9'))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('a', 'b', 'c', 'd'))
print('{:08.3f}|{:+,}|{:_x}|{:#b}|{:e}'.format(3.14159, 1234567, 255, 5, 12345.6789))
print('{:{w}.{p}f}|{:>{}}'.format(2.71828, 'x', 6, w=10, p=2))
print('{0:{1}}'.format(Point(1, 2), 'spec'))
print('{}'.format(Point(3, 4)), format(Point(5, 6), 'z'))
print('{{literal}} {}'.format(1))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'

print('{x} and {y}'.format_map(Default(x=1)))
print('{:%}'.format(0.25), '{:.1%}'.format(1 / 3), '{:g}'.format(1e-10))
print('{:c}'.format(97), '{:d}'.format(True), '{:n}'.format(1234))
cases = [
    "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{!x}'.format(1)", "'{2}'.format(1)",
    "'{a}'.format(b=1)", "'{0.nope}'.format(1)", "'{0[1]}'.format(5)", "'{'.format()",
    "'}'.format()", "'{0:{1:{2}}}'.format(1, 2, 3)", "'{0}'.format_map({})",
    "'{:d}'.format('x')", "'{:s}'.format(1)", "'{:=}'.format('a')", "'{:,s}'.format('a')",
    "format(1.5, 'd')", "format('a', '+')", "format(1, 'z')", "'{0!}'.format(1)",
    "'{0[}'.format(1)", "format(object(), 'x')", "format(1j, '=10')",
]
for case in cases:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, '->', repr(e))
