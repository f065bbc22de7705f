x = [x for x]
