def f():
    nonlocal zzz
