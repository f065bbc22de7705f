bits = 0b
