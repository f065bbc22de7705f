# An exception's __context__ is set where it is raised; once the program has cleared it, it stays
# cleared while the exception leaves frames that are handling other exceptions.
import asyncio
from contextlib import ExitStack, contextmanager


def chain(e):
    names = []
    while e is not None and len(names) < 6:
        names.append(type(e).__name__)
        e = e.__context__
    return names


def raise_with_cleared_context():
    try:
        raise IndexError
    except IndexError:
        exc = ValueError()
        try:
            raise exc
        finally:
            exc.__context__ = None


try:
    try:
        raise KeyError
    except KeyError:
        raise_with_cleared_context()
except ValueError as e:
    print('cleared, one frame out:', chain(e))


class MyException(Exception):
    pass


@contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None


@contextmanager
def my_cm_with_exit_stack():
    with ExitStack() as stack:
        stack.enter_context(my_cm())
        yield stack


for cm in (my_cm, my_cm_with_exit_stack):
    try:
        with cm():
            raise IndexError()
    except MyException as exc:
        print(cm.__name__, chain(exc))


def inner():
    raise ValueError


def deep():
    try:
        raise OSError
    except OSError:
        inner()


try:
    try:
        raise KeyError
    except KeyError:
        deep()
except ValueError as e:
    print('raised two frames down:', chain(e))

try:
    try:
        raise KeyError
    except KeyError:
        try:
            raise TypeError
        except TypeError as t:
            saved = t
        raise saved
except TypeError as e:
    print('raised again:', chain(e))


def gen():
    try:
        raise KeyError
    except KeyError:
        yield


g = gen()
next(g)
try:
    g.throw(ValueError())
except ValueError as e:
    print('thrown into a handler:', chain(e))


async def boom():
    raise ValueError


async def main():
    try:
        raise KeyError
    except KeyError:
        task = asyncio.ensure_future(boom())
        try:
            await task
        except ValueError as e:
            print('awaited task:', chain(e))
        fut = asyncio.get_running_loop().create_future()
        fut.set_exception(TypeError())
        try:
            fut.result()
        except TypeError as e:
            print('future result:', chain(e))


asyncio.run(main())
