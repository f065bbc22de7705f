t = (1, [2, 3], {"k": 4})
for attempt in [lambda: t.__setitem__(0, 9), lambda: t.append(5), lambda: t.__delitem__(0), lambda: setattr(t, "x", 1)]:
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t[1].append(99)
t[2]["k"] = 40
print(t)
try:
    t[1] += [100]
except TypeError as e:
    print(e, t)
u = t + ()
print(u is t or u == t, t[:] == t, tuple(t) is t)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, (2, 3), frozenset({4}))) == hash((1, (2, 3), frozenset([4]))))
