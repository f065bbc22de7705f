try:
    x = 1
except ValueError as e:
pass
