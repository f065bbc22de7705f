# Printing nested exception groups past the depth limit, each level with a traceback.
def nest(n):
    if n == 0:
        raise ExceptionGroup("leaf", [ValueError("deepest")])
    try:
        nest(n - 1)
    except ExceptionGroup as inner:
        raise ExceptionGroup(f"level {n}", [inner, KeyError(n)])
nest(11)
