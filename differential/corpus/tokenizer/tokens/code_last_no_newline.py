if x:
    y = 1  # c