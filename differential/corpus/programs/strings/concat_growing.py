# str concatenation: results stay correct whichever str is extended, kept, or read
s = ''
for i in range(1000):
    s += chr(65 + i % 26)
t = s
s += 'x'
u = t + 'y'
v = t + 'z'
w = s + 'q'
print(len(s), len(t), len(u), len(v), len(w))
print(s[-3:], t[-3:], u[-3:], v[-3:], w[-3:])
print(hash(u) == hash(t + 'y'), u == t + 'y', u != v, u < v, t in {u[:-1]: 1})
parts = []
acc = 'start:'
for i in range(500):
    acc += str(i) + ','
    if i % 100 == 0:
        parts.append(acc)
print([len(p) for p in parts], parts[1][-8:], acc[-12:])
print(acc.count(','), acc.split(',')[-2], acc.startswith('start:0,1,'))
# lone surrogates and astral characters keep their code points
a = 'a' * 300
b = a + '\ud800'
c = b + '\udc00'
print(len(c), ascii(c[-3:]), c[-2] == '\ud800')
e = a + '\xe9'
f = e + '\U0001f600'
g = f + 'tail'
print(len(f), len(g), ascii(g[-6:]))
# subclasses concatenate to exact strs
class S(str):
    pass
x = S('m' * 300) + 'n'
y = x + 'o'
print(type(x).__name__, type(y).__name__, len(y), y[-3:])
# identity: concatenation makes new objects, empty operands included
base = 'k' * 400
print((base + '') is base, ('' + base) is base, (base + '') == base)
# a str grown in one place and read in another
d = {}
key = ''
for i in range(300):
    key += 'ab'
    d[key] = i
print(len(d), d['ab' * 150], d['ab' * 3])
r = ''
for i in range(20000):
    r += 'xyz'
print(len(r), r[30000:30006], r.find('zx', 59990))
