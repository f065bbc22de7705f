# contextlib: contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext, chdir.
import contextlib
import io
from contextlib import contextmanager, ExitStack, suppress, redirect_stdout, closing, nullcontext


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"caught {e}")
    finally:
        log.append(f"</{name}>")


log = []
with tag("a", log) as v, tag("b", log):
    log.append(v)
print(log)
log = []
with tag("x", log):
    raise KeyError("k")
print(log)
try:
    with tag("y", log):
        raise ValueError("v")
except ValueError as e:
    print("ValueError propagated", e, log[-1])
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))


class Res:
    def __init__(self, n, log):
        self.n, self.log = n, log

    def close(self):
        self.log.append(f"close {self.n}")

    def __enter__(self):
        self.log.append(f"enter {self.n}")
        return self

    def __exit__(self, *exc):
        self.log.append(f"exit {self.n} {exc[0].__name__ if exc[0] else None}")
        return False


log = []
with ExitStack() as stack:
    rs = [stack.enter_context(Res(i, log)) for i in range(3)]
    stack.callback(log.append, "callback")
    stack.push(lambda *exc: log.append("pushed") or False)
print(log)
log = []
try:
    with ExitStack() as stack:
        stack.enter_context(Res(1, log))
        raise RuntimeError("boom")
except RuntimeError:
    print(log)
with closing(Res(9, log)):
    pass
print(log[-1])
with nullcontext(5) as n:
    print(n)
stack = ExitStack()
stack.enter_context(Res(7, log))
moved = stack.pop_all()
moved.close()
print(log[-1])


class Reentrant(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")


@Reentrant()
def work():
    print("working")


work()


@contextlib.asynccontextmanager
async def agen():
    yield 1


print(type(agen()).__name__)
print(issubclass(type(tag("q", [])), contextlib.AbstractContextManager))
