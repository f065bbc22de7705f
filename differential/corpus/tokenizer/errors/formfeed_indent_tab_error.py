if x:
	a
        b
