import sys
data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print(f"{n} items")
while (item := data.pop()) != 7:
    print("popped", item)
print(data, item)
lines = iter(["a", "b", "", "c"])
while line := next(lines):
    print("line", line)
def f(x):
    return x * 3 if (y := x % 4) else -1
print([f(i) for i in range(6)])
if any((bad := v) < 0 for v in [3, 8, -2, 5]):
    print("first negative", bad)
print([(s, l) for s in ["aa", "b", "cccc"] if (l := len(s)) > 1])
total = 0
print([total := total + v for v in range(5)], total)
try:
    exec("x := 5")
except SyntaxError as e:
    print(e.msg)
print((z := 10), z * 2)
