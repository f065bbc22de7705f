def outer(a, b):
    c = a + b
    def inner(d):
        return a * d + c
    return inner
f = outer(2, 3)
print(f(10), f.__code__.co_freevars, [cell.cell_contents for cell in f.__closure__])
print(outer.__code__.co_cellvars, outer.__code__.co_varnames, f.__code__.co_varnames)
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 100
print(f(1))
def no_closure(x):
    return x
print(no_closure.__closure__, no_closure.__code__.co_freevars)
def class_closure():
    class A:
        def m(self):
            return __class__
    return A
A = class_closure()
print(A().m() is A, A.m.__code__.co_freevars)
def self_ref():
    def rec(n):
        return 1 if n <= 1 else n * rec(n - 1)
    return rec
r = self_ref()
print(r(5), r.__code__.co_freevars, r.__closure__[0].cell_contents is r)
