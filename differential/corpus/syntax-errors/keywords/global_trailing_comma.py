def f():
    global x,
