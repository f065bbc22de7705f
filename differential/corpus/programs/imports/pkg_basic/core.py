print("running core as", __name__, "in package", __package__)
FACTOR = 3
def add(a, b):
    return a + b
def scale(x):
    return x * FACTOR
