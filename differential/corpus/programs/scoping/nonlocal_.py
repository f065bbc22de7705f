def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def outer():
    a = 1
    def middle():
        a = 2
        def inner():
            nonlocal a
            a += 10
            return a
        r = inner()
        return r, a
    return middle(), a
print(outer())
def shared():
    val = []
    def add(x):
        val.append(x)
    def get():
        return val
    return add, get
add, get = shared()
add(1); add(2)
print(get())
def rebinding():
    n = 0
    def setn(v):
        nonlocal n
        n = v
    setn(5)
    return n
print(rebinding())
