lambda x, y, x: 0
