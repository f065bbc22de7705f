x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def write():
    global x
    x = "rebound"
    return x
print(read(), shadow(), x, write(), x, read())
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def del_then_read():
    y = 1
    del y
    return y
try:
    del_then_read()
except UnboundLocalError as e:
    print(e)
def new_global():
    global created
    created = 42
new_global()
print(created)
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return len
len = lambda s: -1
print(f()("abc"))
del len
print(f()("abc"))
