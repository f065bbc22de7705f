(c
b 6(