items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 12.0}
width = max(map(len, items)) + 2
for name, price in items.items():
    print(f"{name:.<{width}}{price:>7.2f}")
print(f"{'total':.<{width}}{sum(items.values()):>7.2f}")
n = 5
print(f"{n}{'!' * n}", f"{n!r:>{n}}", f"{[i ** 2 for i in range(n)]}", f"{ {i: i for i in range(2)} }")
print(f"{f'{n}'}", f"""{f'{f"{n}"}'}""", "nested f-strings need different quotes in 3.11")
print(f"{'{'}{n}{'}'}", f"{{{n}}}", f"{{n}}", f"{n:{'>'}{n}}")
pi = 3.14159265
for prec in range(1, 6):
    print(f"{pi:.{prec}f}", f"{pi:{prec + 6}.{prec}}", end=" | ")
print()
date = (2024, 3, 7)
print(f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}", "%04d/%02d/%02d" % date, "{0}.{1}.{2}".format(*date))
obj = {"k": [10, 20]}
print(f"{obj['k'][1]:x}", f"{obj.get('missing', 'dflt')!r}", f"{len(obj)=}", f"{obj['k'][0] / 3 = :.3f}")
print(f"{3 if n > 3 else 4}", f"{(lambda x: x * 2)(n)}", f"{n:+05d}", f"{-n:=6}", f"{n:#x}")
