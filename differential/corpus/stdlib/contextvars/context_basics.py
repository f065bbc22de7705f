import _contextvars as cv

v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError:
    print("RuntimeError: used once")
ctx = cv.copy_context()
print(type(ctx).__name__, v in ctx, len(ctx))
tw = w.set("outer")
snap = cv.copy_context()
w.set("changed")
print(snap[w], w.get())


def inside(x, y=0):
    w.set("inside")
    return x + y, w.get(), v.get()


print(snap.run(inside, 1, y=2), snap[w], w.get())
try:
    snap.run(snap.run, print)
except RuntimeError:
    print("RuntimeError: already entered")
print(sorted(k.name for k in snap), sorted(k.name for k in snap.keys()))
print(list(snap.values()), [(k.name, val) for k, val in snap.items()])
print(snap.get(v, "none"), snap.get(w))
try:
    snap[1]
except TypeError as e:
    print("TypeError:", e)
try:
    cv.ContextVar(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(snap)
except TypeError as e:
    print("TypeError:", e)
print(cv.Context() == cv.Context(), len(cv.Context()))
c2 = cv.copy_context()
try:
    c2.run(w.reset, tw)
except ValueError:
    print("ValueError: different Context")
try:
    v.reset(tw)
except ValueError:
    print("ValueError: different ContextVar")
try:
    cv.Context(1)
except TypeError as e:
    print("TypeError:", e)
