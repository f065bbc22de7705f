# A generator that ignores GeneratorExit, dropped by a for loop: CPython reports it as unraisable.
def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        yield "no"
def tidy():
    try:
        yield 1
    finally:
        print("tidy finally")
for v in tidy():
    print("got", v)
    break
def first():
    for v in tidy():
        return v
print(first())
for v in stubborn():
    break
print("after")
