people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 31, "bern"), ("di", 25, "oslo"), ("ed", 40, "rome")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: len(p[0]) * 100 + p[1]))
def by_city_then_name(p):
    return p[2], p[0]
print([p[0] for p in sorted(people, key=by_city_then_name)])
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))))
print(sorted(["Banana", "apple", "Cherry"], key=str.lower), sorted(["Banana", "apple", "Cherry"]))
print(sorted([[3, 1], [1, 2], [2, 0]], key=max), sorted(["ccc", "a", "bb"], key=len, reverse=True))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
calls = 0
def counted(x):
    global calls
    calls += 1
    return -x
print(sorted(range(20), key=counted)[:5], calls)
