# __del__ of instances of classes deriving from builtins (tuple, dict, Exception, ...), and
# iterators that let go of their container once exhausted, as
# test.support.check_free_after_iterating checks.
import gc


def collect():
    gc.collect()


log = []


def subclass_of(base):
    class Sub(base):
        def __del__(self):
            log.append(type(self).__mro__[1].__name__)
    return Sub


def make_and_drop(base, *args):
    obj = subclass_of(base)(*args)
    del obj


for base, args in [(tuple, ((1, 2),)), (list, ([1],)), (dict, ()), (set, ()),
                   (frozenset, ((3,),)), (str, ("s",)), (bytes, (b"b",)),
                   (bytearray, ()), (int, (5,)), (float, (1.5,)), (Exception, ("e",))]:
    make_and_drop(base, *args)
    collect()
print(log)


# tuple.__new__ called directly also makes a finalizable instance
class T(tuple):
    def __del__(self):
        log.append("T")


log.clear()
tuple.__new__(T, (1,))
collect()
print(log)


def check_free_after_iterating(make_iter, base, args=()):
    done = False

    class A(base):
        def __del__(self):
            nonlocal done
            done = True
            try:
                next(it)
            except StopIteration:
                pass

    it = make_iter(A(*args))
    try:
        while True:
            next(it)
    except StopIteration:
        pass
    collect()
    return done


for name, make_iter, base in [
        ("tuple", iter, tuple), ("list", iter, list), ("dict", iter, dict),
        ("dict.keys", lambda d: iter(d.keys()), dict),
        ("dict.values", lambda d: iter(d.values()), dict),
        ("dict.items", lambda d: iter(d.items()), dict),
        ("reversed dict", reversed, dict), ("set", iter, set),
        ("frozenset", iter, frozenset), ("str", iter, str), ("bytes", iter, bytes),
        ("bytearray", iter, bytearray), ("reversed list", reversed, list)]:
    print(name, check_free_after_iterating(make_iter, base))

# an exhausted dict iterator stays exhausted, and reduces to an empty one
d = {1: 2}
it = iter(d.items())
print(list(it), next(it, "end"), it.__length_hint__(), it.__reduce__()[1])
s = {1}
it = iter(s)
print(list(it), next(it, "end"), it.__length_hint__(), it.__reduce__()[1])
