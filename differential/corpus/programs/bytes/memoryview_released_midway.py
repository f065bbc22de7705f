# A memoryview released by the conversion of an index or value it was given (__index__,
# __float__, __bool__) refuses the access: "operation forbidden on released memoryview object".
size = 16


class Releasing:
    def __index__(self):
        view.release()
        return 4

    def __float__(self):
        view.release()
        return 4.25

    def __bool__(self):
        view.release()
        return True


def attempt(name, make, action):
    global view
    data = bytearray(b'\xff' * size)
    view = make(data)
    try:
        result = action()
        print(name, 'ok', result, bytes(data[:8]))
    except ValueError as e:
        print(name, 'ValueError:', e, bytes(data[:8]))


def setitem(key, value):
    def run():
        view[key] = value
    return run


flat = memoryview
attempt('get', flat, lambda: view[Releasing()])
attempt('slice stop', flat, lambda: list(view[:Releasing()]))
attempt('slice start', flat, lambda: list(view[Releasing():8]))
attempt('2-d get', lambda d: memoryview(d).cast('B', (8, 2)), lambda: view[Releasing(), 0])
attempt('set index', flat, setitem(Releasing(), 42))
attempt('set slice', flat, setitem(slice(None, Releasing()), b'spam'))
attempt('set slice 2', flat, setitem(slice(Releasing(), 8), b'spam'))
attempt('2-d set', lambda d: memoryview(d).cast('B', (2, 8)), setitem((0, Releasing()), 42))
for fmt in 'bhilqBHILQ':
    attempt('set ' + fmt, lambda d: memoryview(d).cast(fmt), setitem(0, Releasing()))
for fmt in 'fd':
    attempt('set ' + fmt, lambda d: memoryview(d).cast(fmt), setitem(0, Releasing()))
attempt('set ?', lambda d: memoryview(d).cast('?'), setitem(0, Releasing()))
attempt('set plain', flat, setitem(0, 7))
attempt('set plain float', lambda d: memoryview(d).cast('d'), setitem(0, 1.5))
