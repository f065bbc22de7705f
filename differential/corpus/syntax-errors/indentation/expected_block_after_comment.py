if x:
    # a comment does not open the block
# nor does this one
y = 2
