# An exception whose __str__ raises: the last line becomes
# 'Broken: <exception str() failed>' and the program still exits with status 1.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")
print("about to fail")
try:
    raise Broken("caught")
except Broken as e:
    print("caught one, its args:", e.args)
raise Broken("x")
