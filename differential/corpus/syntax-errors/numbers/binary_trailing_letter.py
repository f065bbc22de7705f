bits = 0b1z
