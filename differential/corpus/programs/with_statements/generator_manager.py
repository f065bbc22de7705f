class managed:
    """A small contextmanager-like decorator written without contextlib."""
    def __init__(self, gen_fn):
        self.gen_fn = gen_fn
    def __call__(self, *args):
        return _GenCtx(self.gen_fn(*args))
class _GenCtx:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
@managed
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    except ValueError as e:
        print("handled inside:", e)
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("content of", t)
with tag("div"):
    raise ValueError("swallowed")
try:
    with tag("span"):
        raise KeyError("escapes")
except KeyError as e:
    print("outside:", repr(e))
