[x for x in y]
nonlocal x
