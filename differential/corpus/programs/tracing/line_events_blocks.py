# Line events of try/except/finally, with, raise, class bodies and
# generators, as (event, line relative to the function's def).
import sys


def run(fn, *args):
    first = fn.__code__.co_firstlineno
    events = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename == __file__ and frame.f_code.co_name != "run":
            events.append((frame.f_code.co_name, event, frame.f_lineno - first))
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    except Exception as e:
        events.append(("raised", type(e).__name__))
    finally:
        sys.settrace(None)
    print(fn.__name__)
    for e in events:
        print("   ", e)


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def bare_except():
    try:
        1 / 0
    except:
        x = 1
    return x


def two_handlers():
    try:
        raise KeyError(1)
    except ValueError:
        x = 1
    except KeyError as e:
        x = 2
    return x


def try_finally():
    try:
        x = 1
    finally:
        x = 2
    return x


def try_else():
    try:
        x = 1
    except ValueError:
        x = 2
    else:
        x = 3
    return x


def with_stmt():
    with CM() as c:
        x = 1
    return x


def with_raise():
    try:
        with CM():
            raise ValueError
    except ValueError:
        pass


def genexp():
    return sum(i for i in range(2))


def class_body():
    class K:
        a = 1
        b = 2
    return K


def gen():
    yield 1
    x = 2
    yield x


def use_gen():
    for v in gen():
        pass


def return_in_finally():
    try:
        return 1
    finally:
        x = 2


def reraise():
    try:
        try:
            raise ValueError
        except ValueError:
            raise
    except ValueError:
        pass


def nested_def():
    def f():
        return 1
    return f()


run(bare_except)
run(two_handlers)
run(try_finally)
run(try_else)
run(with_stmt)
run(with_raise)
run(genexp)
run(class_body)
run(use_gen)
run(return_in_finally)
run(reraise)
run(nested_def)
