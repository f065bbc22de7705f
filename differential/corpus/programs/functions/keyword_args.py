def describe(name, age=0, *hobbies, city="?", **extra):
    parts = [f"{name}({age})", f"city={city}"]
    if hobbies:
        parts.append("hobbies=" + ",".join(hobbies))
    for k in sorted(extra):
        parts.append(f"{k}={extra[k]}")
    return " ".join(parts)
print(describe("ann"))
print(describe("bob", 30, "chess", "go", city="Oslo", pet="cat"))
print(describe(age=5, name="cy"))
print(describe(**{"name": "di", "zz": 1, "aa": 2}))
opts = {"city": "Rome"}
print(describe("ed", *[40, "ski"], **opts))
def kwonly(*, a, b=2):
    return a * b
print(kwonly(a=3), kwonly(b=5, a=1))
def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3))
def pos_kw_same(a, **kw):
    return a, kw
print(pos_kw_same(1, b=2), pos_kw_same(a=1, c=3))
def posonly(a, /, **kw):
    return a, kw
print(posonly(1, a=2))
