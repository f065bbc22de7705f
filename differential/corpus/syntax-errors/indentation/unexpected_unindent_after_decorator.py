if x:
    @dec
x = 1
