def f(x):
    a = [(1, 2) (3, 4)]
    b = [[1, 2] [3]]
    c = ["a" "b" [0]]
    d = [(1, 2)["x"]]
    e = {1}[0]
    g = None[0]
    h = "abc"[1.5]
    i = [x for x in y](1)
    j = f"{x}"()
    k = 1()
    l = (lambda: 1)[0]
    m = [1, 2][1:2]
    n = "abc"[x]
    o = (x for x in y)[0]
    return a, b, c, d, e, g, h, i, j, k, l, m, n, o
