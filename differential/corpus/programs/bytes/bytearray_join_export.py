# bytearray.join holds its separator while it reads the iterable: an iterator that resizes the
# array meanwhile gets BufferError, as CPython exports the array for the join; afterwards the
# array may be resized again.
b = bytearray(b',')


def clearing():
    b.clear()
    yield b'A'


def appending():
    yield b'A'
    b.append(0x2d)
    yield b'B'


def rewriting():
    b[0:1] = b';'
    yield b'A'
    yield b'B'


for make in (clearing, appending, rewriting):
    try:
        print(make.__name__, b.join(make()), b)
    except BufferError as e:
        print(make.__name__, 'BufferError:', e, b)
print(b.join([b'x', b'y']), bytes(b).join(clearing()))
b.extend(b'!')
print(b)
