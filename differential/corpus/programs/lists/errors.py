a = [1, 2, 3]
for expr in ["a[3]", "a[-4]", "a['1']", "a[1.0]", "a.pop(3)", "a.index(4)", "a.remove(9)",
             "[].pop()", "a * 'x'", "a + 1", "a < 1", "a[None]", "del a[5]", "a.sort(1)"]:
    try:
        exec(expr)
        print(expr, "ok")
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(a)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    [1, 2, 3][::0]
except ValueError as e:
    print(e)
