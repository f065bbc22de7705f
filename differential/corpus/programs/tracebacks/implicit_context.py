# An exception raised in an except block: both tracebacks, joined by
# "During handling of the above exception, another exception occurred:".
def cleanup():
    raise RuntimeError("cleanup failed")
def work():
    try:
        [1, 2, 3][10]
    except IndexError:
        cleanup()
work()
