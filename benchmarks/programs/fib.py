# Recursive calls: naive Fibonacci, so almost all the time goes into calling a Python function,
# comparing and adding small ints, and returning.

SIZE = 36  # quick: 12


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(SIZE))
