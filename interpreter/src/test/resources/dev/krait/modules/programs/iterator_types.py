# enumerate/zip/map/filter/reversed/iter with user classes and generators.
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('x')).__name__)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), sorted(Seq(), reverse=True))
class Rev:
    def __reversed__(self): return iter('zyx')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
try:
    reversed(NoRev())
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 4
print(range(Idx()), range(10)[Idx()], bin(Idx()), hex(Idx()), 4 in range(Idx() , 9))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
def gen():
    yield 1
    return 'done'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(next(g, 'dflt'))
print(max([3, 1, 2], key=lambda x: -x), min('bca'), max((1, 'a'), (1, 'b')))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]))
print(any(x > 2 for x in range(5)), all([]), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(zip('ab', [1, 2], strict=True)), list(filter(None, [0, 1, '', 'x'])))
try:
    list(zip('abc', [1], strict=True))
except ValueError as e:
    print(e)
total = 0
for i, (a, b) in enumerate(zip(range(3), reversed(range(3))), start=1):
    total += i * a * b
print(total, sum(range(0, 10**6, 7)), len(range(-10**20, 10**20, 3)))
class E2(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)
print(list(E2('ab')), [x for x in E2('cd')])
class M(map):
    def __next__(self):
        return 'm' + super().__next__()
print(list(M(str, [1, 2])), next(M(str, [3])))
class F(filter):
    pass
print(list(F(None, [0, 1, 2])), type(F(None, [])).__name__)
