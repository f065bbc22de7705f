def f(x, y):
    return [i for i in x if (j := i) for j in y]
