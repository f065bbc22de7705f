if x:
    continue
