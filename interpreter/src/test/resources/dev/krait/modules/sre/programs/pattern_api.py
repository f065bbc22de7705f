
import _sre
from _recompile import compile, I, M, S, X, A, L, U

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.copyright)
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 200, -1)])
print([_sre.unicode_iscased(c) for c in (65, 0x3a3, 0x130, 0x4e00, 0x10400, 0x110000)])
print([_sre.ascii_tolower(c) for c in (65, 90, 91, 0xc0, -5)])
print([_sre.unicode_tolower(c) for c in (65, 0xc0, 0x130, 0x212a, 0x10400, 0x110000, -1)])

for pat, flags in [(r'a+b', 0), (r'x', I | M), (r'x', S | X), (b'x', 0), (b'x', I | L),
                   (r'x', A), (r'(?u)x', 0), (r'x' * 300, 0), ("it's", 0), (r'x', 1 << 12)]:
    try:
        p = compile(pat, flags)
    except ValueError as e:
        print('ValueError', e)
        continue
    print(repr(p), p.flags, p.groups, p.pattern == pat)

p = compile(r'(?P<first>\w+) (?P<last>\w+)(?:,(\d+))?')
print(p.groups, sorted(p.groupindex.items()), type(p.groupindex).__name__)
q = compile(r'(?P<first>\w+) (?P<last>\w+)(?:,(\d+))?')
print(p == q, p != q, hash(p) == hash(q), p == compile('x'), p == 1, p != 'x')
print(p.__copy__() is p, p.__deepcopy__({}) is p)
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    type(p)()
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(p).__module__, type(p.match('a b')).__name__,
      type(p.match('a b')).__module__)
sc = p.scanner('a b c d')
print(type(sc).__name__, type(sc).__module__, sc.pattern is p)
