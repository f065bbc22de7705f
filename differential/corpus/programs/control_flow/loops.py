for i in range(3):
    print("for", i)
else:
    print("for else runs")
for i in range(10):
    if i == 2:
        print("break at", i)
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while", n)
else:
    print("while else", n)
while True:
    n -= 1
    if n < 0:
        break
print("n", n)
for i in []:
    print("never")
else:
    print("empty for else")
for i, ch in enumerate("abc"):
    for j in range(2):
        if j == 1 and ch == "b":
            break
        print(i, ch, j)
total = 0
for x in range(1, 100):
    if x % 3 and x % 5:
        continue
    total += x
print(total)
for i in range(3):
    pass
print("leaked loop var", i)
