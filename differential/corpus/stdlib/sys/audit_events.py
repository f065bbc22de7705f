# The audit events the interpreter and its native modules raise (PEP 578), as a hook sees them
import marshal
import os
import sys
import tempfile

seen = []
watching = False


def hook(event, args):
    if watching and not event.startswith("object.__getattr__"):
        seen.append((event, args))


sys.addaudithook(hook)


def show(label):
    global watching
    watching = False
    print(label)
    for event, args in seen:
        print("   ", event, [a if isinstance(a, (int, str, bytes, tuple)) or a is None
                              else type(a).__name__ for a in args])
    seen.clear()


watching = True
data = marshal.dumps((1, "a"))
marshal.loads(data)
show("marshal")

watching = True
eval("1 + 2")
exec(compile("x = 1", "<prog>", "exec"))
show("compile and exec")


class A:
    pass


class B:
    pass


class C(A):
    pass


watching = True
C.__name__ = "X"
C.__qualname__ = "Y"
C.__bases__ = (B,)
C.plain = 1
C.__doc__ = "doc"
a = A()
a.__class__ = B
show("monkeypatching")

watching = True
sys._getframe()
show("_getframe")

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.txt")
    watching = True
    with open(path, "w") as f:
        pass
    with open(path, "rb") as f:
        pass
    fd = os.open(path, os.O_RDONLY)
    os.close(fd)
    seen[:] = [(e, (os.path.basename(a[0]),) + a[1:]) if e == "open" and isinstance(a[0], str)
               else (e, a) for e, a in seen]
    seen[:] = [(e, a[:2] + (a[2] & ~os.O_CLOEXEC,)) if e == "open" else (e, a)
               for e, a in seen]
    show("open")


def vetoing(event, args):
    if event == "open" and watching:
        raise RuntimeError("no opening " + str(args[0]))


sys.addaudithook(vetoing)
watching = True
try:
    open(os.devnull)
except RuntimeError as e:
    print("vetoed:", e)
watching = False
seen.clear()

traced = []


class TracedHook:
    __cantrace__ = False

    def __call__(self, event, args):
        pass


th = TracedHook()
sys.addaudithook(th)


def tracer(frame, event, arg):
    if frame.f_code is TracedHook.__call__.__code__:
        traced.append(event)


sys.settrace(tracer)
eval("1")
th.__cantrace__ = True
eval("2")
sys.settrace(None)
print("traced hook calls:", traced)
