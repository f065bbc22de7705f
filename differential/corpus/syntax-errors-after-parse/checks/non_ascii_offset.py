def f():
    s = "héllo"; global s
