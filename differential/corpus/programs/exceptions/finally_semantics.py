def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "done"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows"
print(g())
def h():
    try:
        return "first"
    finally:
        print("cleanup before return")
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def exc_in_finally():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")
try:
    exc_in_finally()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def loop_break():
    while True:
        try:
            1 / 0
        finally:
            break
    return "break in finally swallows"
print(loop_break())
