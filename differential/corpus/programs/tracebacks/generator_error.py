# PEP 479: StopIteration raised inside a generator becomes RuntimeError,
# chained to it as its direct cause.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def numbers():
    yield 1
    yield 2
    raise StopIteration("done early")
for n in numbers():
    print(n)
