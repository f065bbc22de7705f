x = 1
if x is 1:
    pass
if x is not "a":
    pass
y = x is ()
z = x is -1
w = x is None or x is True or x is ...
while x is 2:
    break
v = x is 1 < 2 is 3
assert (x, "message")
assert ()
u = (1 is x)
