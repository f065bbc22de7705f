while (x := next(it)):
x
