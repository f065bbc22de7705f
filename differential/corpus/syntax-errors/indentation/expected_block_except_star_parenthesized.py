try:
    pass
except* (A, B):
x
