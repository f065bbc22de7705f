pri€e = 1
