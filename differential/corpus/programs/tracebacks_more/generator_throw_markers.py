# Exceptions thrown into generators, started and not, and raised from their handlers.
def worker():
    try:
        yield 1
    except ValueError as e:
        raise KeyError("while handling") from e
def unstarted():
    yield 1
try:
    unstarted().throw(TypeError("early"))
except TypeError as e:
    print("unstarted", repr(e), e.__traceback__.tb_next.tb_lineno)
w = worker()
next(w)
w.throw(ValueError("thrown in"))
