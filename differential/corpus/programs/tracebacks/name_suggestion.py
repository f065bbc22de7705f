# A NameError for a misspelt local: CPython 3.11 suggests "Did you mean: 'counter'?".
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def compute():
    counter = 10
    return countr + 1
print("start")
def other():
    return "fine"
print(other())
print(compute())
