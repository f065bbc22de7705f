# Instance dicts of user classes are "split" (values beside the class's shared key table) until
# the program does what that form cannot hold; attribute sites cache the index of a name. Every
# step below must look exactly like an ordinary dict: order, deletion, re-insertion, other
# insertion orders, non-str keys, __dict__ shared or replaced, __class__ changed, copy, pickle.
import copy
import pickle
import threading


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def show(label, obj):
    print(label, obj.__dict__, list(obj.__dict__), len(obj.__dict__))


ps = [P(i, i * 2) for i in range(5)]
print(sum(p.total() for p in ps))
p = ps[0]
show("fresh", p)
p.z = 3
show("added", p)
del p.x
show("deleted first", p)
p.x = 10
show("set again goes last", p)
print(p.total(), vars(p) is p.__dict__)

# keys written through __dict__ are attributes, and the other way round
q = P(1, 2)
q.__dict__["w"] = 5
print(q.w, "w" in q.__dict__, q.__dict__.get("w"), q.__dict__.get("nope", "dflt"))
d = q.__dict__
d[1] = "int key"
show("int key", q)
print(q.x, q.w)
q.v = 6
show("after int key", q)

# clear, then a different insertion order
r = P(3, 4)
r.__dict__.clear()
show("cleared", r)
r.y = 1
r.x = 2
show("reordered", r)
print(list(r.__dict__.items()), list(reversed(r.__dict__)), r.total())

# delete the last key and set it again; pop; popitem; setdefault
s = P(5, 6)
del s.y
s.y = 7
show("last again", s)
print(s.__dict__.pop("x"), s.__dict__.pop("x", "gone"))
show("popped", s)
s.x = 1
show("x after pop", s)
print(s.__dict__.popitem(), s.__dict__.setdefault("y", 0), s.__dict__.setdefault("k", 8))
show("after popitem", s)
try:
    s.__dict__.pop("nothing")
except KeyError as e:
    print("KeyError", e)
try:
    s.__dict__[[1]]
except TypeError as e:
    print("TypeError", e)


# one class, instances setting attributes in two orders, and an optional attribute
class A:
    def __init__(self, flip, opt):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 3
            self.b = 4
        if opt:
            self.opt = "yes"
        self.last = flip

    def get(self):
        return self.a, self.b, getattr(self, "opt", None)


xs = [A(i % 3 == 0, i % 2 == 0) for i in range(8)]
for x in xs:
    x.a += 1
    x.b *= 2
print([x.get() for x in xs])
print([list(x.__dict__) for x in xs])
for x in xs[:3]:
    try:
        print(x.opt)
    except AttributeError as e:
        print("AttributeError", e)


# methods shadowed by instance attributes, and class attributes as defaults
class M:
    count = 0

    def f(self):
        return "method"

    def bump(self):
        self.count = self.count + 1


m1, m2 = M(), M()
m2.f = lambda: "instance"
print([m.f() for m in (m1, m2, m1, m2)])
m1.__dict__["f"] = lambda: "set through __dict__"
print(m1.f())
del m1.f
print(m1.f())
for _ in range(3):
    m1.bump()
print(m1.count, m2.count, M.count)
del m1.count
print(m1.count)


# one dict shared by objects of two classes; a dict put in place of __dict__; __class__
class D1:
    pass


class D2:
    pass


d1 = D1()
d1.k = 1
d2 = D2()
d2.__dict__ = d1.__dict__
d2.j = 5
print(d1.j, d2.k, d1.__dict__)
p2 = P(0, 0)
p2.__dict__ = {"y": 2, "x": 1}
print(p2.total(), p2.__dict__)
p2.__dict__ = {}
p2.x, p2.y = 4, 5
print(p2.total(), p2.__dict__)
w = P(1, 1)
w.__class__ = D1
print(w.__dict__, w.x)
w.k = 3
w.__class__ = P
print(w.total(), w.__dict__)


# a __getattr__ fallback, __slots__ beside __dict__, a dict subclass's own attributes
class G:
    def __getattr__(self, name):
        return "missing " + name


g = G()
g.a = 1
print(g.a, g.b)
del g.a
print(g.a)


class SL:
    __slots__ = ("a", "__dict__")


sl = SL()
sl.a = 1
sl.b = 2
print(sl.a, sl.b, sl.__dict__)


class DD(dict):
    pass


dd = DD()
dd.attr = 1
dd["k"] = 2
print(dd.attr, dd, dd.__dict__)


# a str subclass key, more attributes than one key table takes
class S(str):
    pass


o = P(1, 2)
o.__dict__[S("x")] = 9
print(o.x, o.__dict__)
o2 = P(1, 2)
for i in range(40):
    setattr(o2, "a%d" % i, i)
print(len(o2.__dict__), o2.a39, list(o2.__dict__)[:4], list(o2.__dict__)[-2:])
o3 = P(3, 4)
o3.a0 = "again"
print(o3.__dict__, o3.total())

# iteration while adding, equality, copies, views
e = P(1, 2)
try:
    for k in e.__dict__:
        e.c = 3
except RuntimeError as ex:
    print("RuntimeError", ex)
print(e.__dict__ == {"x": 1, "y": 2, "c": 3}, e.__dict__.copy(), dict(e.__dict__))
print({**e.__dict__}, sorted(e.__dict__.keys() & {"x", "c"}), list(e.__dict__.values()))
print(("x", 1) in e.__dict__.items(), repr(e.__dict__.keys()))

# the instance dict as the globals of exec
n = P(1, 2)
exec("z = x + y", n.__dict__)
print(n.z, sorted(k for k in n.__dict__ if k != "__builtins__"))

# copy and pickle
t = P(7, 8)
t.extra = [1]
u = copy.deepcopy(t)
print(u.__dict__, u.total(), u.extra is t.extra)
v = pickle.loads(pickle.dumps(t))
print(v.__dict__, v.__dict__ == t.__dict__)
c = copy.copy(t)
c.x = 0
print(c.__dict__, t.__dict__)


# threads making and changing instances of one class at once
class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0


def work(results, name):
    objs = [Counter(name) for _ in range(50)]
    for _ in range(20):
        for ob in objs:
            ob.n += 1
            ob.extra = ob.n
    results[name] = sum(ob.n + ob.extra for ob in objs)


results = {}
threads = [threading.Thread(target=work, args=(results, i)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results.items()))
