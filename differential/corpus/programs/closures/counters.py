def make_counter(start=0, step=1):
    value = start
    def counter():
        nonlocal value
        current = value
        value += step
        return current
    def reset():
        nonlocal value
        value = start
    counter.reset = reset
    return counter
c1 = make_counter()
c2 = make_counter(100, -10)
print([c1() for _ in range(4)], [c2() for _ in range(4)])
c1.reset()
print(c1(), c2())
def accumulator():
    total = 0
    history = []
    def acc(n):
        nonlocal total
        total += n
        history.append(total)
        return total
    return acc, history
acc, hist = accumulator()
for n in [5, -2, 10]:
    acc(n)
print(hist)
def fibgen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fibgen()
print([f() for _ in range(12)])
