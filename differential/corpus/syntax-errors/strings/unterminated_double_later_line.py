a = 1
b = "abc
c = 3
