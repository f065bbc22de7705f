# Explicit chaining three deep (raise ... from e in each level): three sections joined by
# "The above exception was the direct cause of the following exception:".
def level(n):
    try:
        if n == 0:
            raise ValueError("root cause")
        level(n - 1)
    except Exception as e:
        raise RuntimeError(f"level {n}") from e
level(2)
