# An uncaught AssertionError with a message built by an f-string: the traceback shows
# the assert statement's line with no markers (the whole line is the statement).
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def check(x):
    assert x > 0, f"expected positive, got {x}"
    return x
print(check(5))
print(check(1), check(2.5))
check(-2)
