# What the pickler refuses, with the C pickler's exceptions and messages: local and lambda
# functions, objects without a reduction, bad __reduce__ results, globals that are not what
# their names say, protocols out of range, and files without write().
import io
import pickle
import re


def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x?", str(e)))


def outer():
    def local():
        pass
    return local


class Local:
    pass


show(lambda: pickle.dumps(outer()))
show(lambda: pickle.dumps(lambda: 0))
show(lambda: pickle.dumps(outer, 0)[:5])


def make_class():
    class Hidden:
        pass
    return Hidden


show(lambda: pickle.dumps(make_class()))
show(lambda: pickle.dumps(make_class()()))
alias = Local
Local2 = Local
Local.__qualname__ = "Elsewhere"
show(lambda: pickle.dumps(Local))
Local.__qualname__ = "Local"
Local.__module__ = "no.such.module"
show(lambda: pickle.dumps(Local))
Local.__module__ = __name__
show(lambda: len(pickle.dumps(Local)))


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


for value in (42, (), (1,), (len, ()) * 4, (42, ()), (len, 1), (len, (), None, 5),
              (len, (), None, None, 5), (len, (), None, None, None, 5), "nosuchglobal", "BadReduce"):
    show(lambda: pickle.dumps(BadReduce(value), 2))

for proto in (6, 100, 2**70):
    show(lambda: pickle.dumps(1, proto))
show(lambda: len(pickle.dumps([1], -1)))
show(lambda: pickle.dumps(1, "2"))
show(lambda: pickle.Pickler(object()))
show(lambda: pickle.dumps(1, 4, buffer_callback=len))
show(lambda: pickle.dumps(iter([])))
show(lambda: pickle.dumps(io.StringIO("abc")).count(b"abc"))
show(lambda: pickle.dumps((x for x in ())))
show(lambda: pickle.dumps(ConnectionError("refused", 3), 2)[:20])


class NewobjWrong:
    def __reduce_ex__(self, proto):
        import copyreg
        return (copyreg.__newobj__, (int,))


class NewobjEmpty:
    def __reduce_ex__(self, proto):
        import copyreg
        return (copyreg.__newobj__, ())


class NewobjEx:
    def __init__(self, args):
        self.args = args

    def __reduce_ex__(self, proto):
        import copyreg
        return (copyreg.__newobj_ex__, self.args)


for obj in (NewobjWrong(), NewobjEmpty(), NewobjEx((1, 2)), NewobjEx((int, 1, {})),
            NewobjEx((int, (), 1)), NewobjEx((NewobjEx, ((1,),), {}))):
    for proto in (2, 4):
        show(lambda: pickle.dumps(obj, proto).hex())


class NoInit(pickle.Pickler):
    def __init__(self):
        pass


show(lambda: NoInit().dump(1))
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PicklingError.__module__,
      pickle.Pickler.__module__, pickle.Pickler.__name__)
