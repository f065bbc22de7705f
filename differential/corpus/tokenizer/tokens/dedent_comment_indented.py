def f():
    x = 1
        # odd comment
    # comment

y = 2
