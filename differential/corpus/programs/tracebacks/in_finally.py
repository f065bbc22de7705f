# An exception raised in a finally block while another propagates: implicit chaining
# from the finally block.
def transaction():
    try:
        print("begin")
        raise ConnectionError("lost connection")
    finally:
        print("rollback")
        raise RuntimeError("rollback failed")
transaction()
