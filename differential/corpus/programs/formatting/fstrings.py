name, n, x = "Ada", 42, 3.14159
print(f"{name} {n} {x}", f"{name!r}", f"{name!s:>6}", f"{name!a}", f"{'é'!a}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|{x:.2f}|{x:10.4}|{n:x}|{n:#b}")
print(f"{n + 1}", f"{n * 2 = }", f"{x=:.1f}", f"{name=}", f"{ n = }")
w, p = 10, 3
print(f"{x:{w}.{p}f}|", f"{name:{'*'}^{w}}", f"{'{'}{'}'}", f"{{}}")
print(f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda: 7)()}", f"{'a' if n else 'b'}")
print(f"{n:,}", f"{10**9:_}", f"{-n:+}", f"{n:=+8}", f"{0.5:%}", f"{1e-3:.1e}")
d = {"a": 1}
print(f"{d['a']}", f"{d}", f"{[x for x in range(3)]}", f"{'multi' f'{n}'}")
print(f"""{
    n
}""", f'{"quotes"}', f"{name[0]}{name[-1]}", f"{len(name)}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
print(f"{P()}", f"{P():abc}", f"{P()!r}", f"{P()!r:>6}")
try:
    f"{n:q}"
except ValueError as e:
    print(e)
try:
    f"{name:d}"
except ValueError as e:
    print(e)
