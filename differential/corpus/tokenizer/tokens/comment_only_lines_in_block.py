def f():
# at col 0
    return 1
  # at col 2
