# sys.setprofile hears of the evaluator's calls of built-in functions and methods: c_call, then
# c_return or c_exception, with the function (a method descriptor called with its instance is
# given bound); types, slot wrappers and calls that builtins make themselves report nothing. A
# class statement calls builtins.__build_class__, a decorator is called as any callable is, and a
# with statement's __exit__ is a call when the block ends normally (not after an exception).
import sys
import threading


def show(frame, event, arg):
    if event.startswith('c_'):
        print(event, arg.__qualname__, type(arg).__name__, frame.f_code.co_name)
    else:
        print(event, frame.f_code.co_name)


def key(x):
    return -x


def work():
    items = [3, 1, 2]
    items.append(4)
    list.append(items, 5)
    str.upper('abc')
    best = max(items)
    try:
        int('x')
    except ValueError:
        pass
    try:
        len(5)
    except TypeError:
        pass
    (1).__add__(2)
    object.__init__(items)
    dict.fromkeys('ab')
    sorted(items, key=key)
    list(map(abs, items))
    print(*items, sep='-')
    return best


def define():
    @staticmethod
    def helper():
        pass

    @id
    def decorated():
        pass

    class Local:
        pass

    lock = threading.Lock()
    with lock:
        pass
    try:
        with lock:
            raise KeyError('k')
    except KeyError:
        pass
    return Local


sys.setprofile(show)
work()
define()
sys.setprofile(None)


def raising(frame, event, arg):
    if event == 'c_call' and arg.__name__ == 'abs':
        raise RuntimeError('from the profiler')


sys.setprofile(raising)
try:
    abs(-1)
except RuntimeError as e:
    print('raised', e, sys.getprofile())
