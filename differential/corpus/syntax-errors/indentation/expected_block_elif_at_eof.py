if x:
    if y:
        pass
    elif z:
