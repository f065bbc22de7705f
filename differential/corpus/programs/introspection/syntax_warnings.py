# CPython's compiler warns about some constant expressions; the warnings go to stderr.
def calls():
    try:
        5()
    except TypeError as e:
        print(e)
def subscripts():
    try:
        (1, 2)[None]
    except TypeError as e:
        print(e)
def identity(x):
    return x is 1, x is not "s", x is ()
def asserts():
    assert (False, "message")
calls()
subscripts()
print(identity(1))
asserts()
print("assert on a tuple is always true")
print([1, 2] [0] if False else "end")
