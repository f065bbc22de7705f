data = [4, 7, 1, 9, 3]
print([y for x in data if (y := x * 2) > 6], y)
print([(x, r) for x in range(10) if (r := x % 4) == 1])
total = 0
sums = [(total := total + x) for x in data]
print(sums, total)
if (n := len(data)) > 3:
    print("long list", n)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print(data, [v for v in range(10) if v % 2 == 0 and v % 3 == 0], [v or "zero" for v in range(3)])
values = ["1", "x", "22", "", "3.5"]
print([int(v) for v in values if v.isdigit()], [len(v) for v in values if v])
print({s: (l := len(s)) for s in ["a", "bb"]}, l)
print([a for a in range(5) if a not in (1, 3)], [b for b in "abc" if b in "ac"])
