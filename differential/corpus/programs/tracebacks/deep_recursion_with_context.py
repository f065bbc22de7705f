# RecursionError raised while another exception is handled: the context section comes
# first, then the RecursionError with its repeated frames.
def forever(n):
    return forever(n + 1)
def bounded(n):
    return n if n == 0 else bounded(n - 1)
print(bounded(100))
try:
    {}["missing"]
except KeyError:
    print("handling KeyError, then recursing")
    forever(0)
