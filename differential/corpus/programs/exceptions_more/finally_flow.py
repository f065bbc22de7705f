# finally with return, break and continue.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError
    finally:
        return "swallowed"
def f4():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("f4", i)
    return i
def f5():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out
def f6():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
    return "unreached"
def f7():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
def f8():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x now", x)
print(f1(), f2(), f3(), f4(), f5())
try:
    f6()
except KeyError as e:
    print("f6 raised", e)
print(f7(), f8())
def f9():
    while True:
        try:
            try:
                raise ValueError
            except ValueError:
                break
        finally:
            print("f9 finally")
    return "done"
print(f9())
