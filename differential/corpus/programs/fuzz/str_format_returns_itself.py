# Found by the whole-program fuzzer (operator dispatch): a non-empty format without '%' (or,
# for str.format, without braces) is written whole, and CPython's writer keeps the object
# itself, so s % () is s, and a str subclass's instance comes back as itself (Krait made a
# new exact str).


class Tagged(str):
    def __repr__(self):
        return 'Tagged(' + super().__repr__() + ')'


t = Tagged('plain')
for label, f in [('t % ()', lambda: t % ()), ('t % {}', lambda: t % {}),
                 ('t % [1]', lambda: t % [1]), ('t.format()', lambda: t.format()),
                 ('t.format(1, k=2)', lambda: t.format(1, k=2)),
                 ('t.format_map({})', lambda: t.format_map({})),
                 ("Tagged('a%%b') % ()", lambda: Tagged('a%%b') % ()),
                 ("Tagged('{{x}}').format()", lambda: Tagged('{{x}}').format()),
                 ("Tagged('') % ()", lambda: Tagged('') % ()),
                 ('t % 5', lambda: t % 5), ('t % (1,)', lambda: t % (1,))]:
    try:
        r = f()
        print(label, repr(r), type(r).__name__, r is t)
    except TypeError as e:
        print(label, 'TypeError', e)
s = 'no markers'
print(s % () is s, s.format() is s, s.format_map({'a': 1}) is s)
