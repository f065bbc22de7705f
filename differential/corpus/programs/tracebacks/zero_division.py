# An uncaught error at module level after some output: the traceback, the markers under
# the expression, and exit status 1.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
values = [4, 2, 0]
total = 0
for v in values:
    print("dividing by", v)
    total += 100 // v
print("never printed")
