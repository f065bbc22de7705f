x = rb"abc
y = 1
