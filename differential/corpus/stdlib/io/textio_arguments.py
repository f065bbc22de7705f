# TextIOWrapper, open() and the codec functions read their encoding, errors and newline
# arguments as CPython's C strings (no lone surrogate, no NUL); constructors' messages name
# the class; an uninitialised TextIOWrapper refuses repr().
import codecs
import io


def show(f):
    try:
        print(" ", f())
    except Exception as e:
        print(" ", type(e).__name__, e)


print("codec names")
for f in (lambda: codecs.lookup('\udcfe'), lambda: codecs.lookup('utf-8\0'),
          lambda: 'a'.encode('\udcfe'), lambda: b'a'.decode('utf-8\0'),
          lambda: 'a'.encode('utf-8', '\udcfe'), lambda: codecs.lookup_error('x\0'),
          lambda: str(b'a', 'ascii\0'), lambda: 'a'.encode('ascii', 'strict'),
          lambda: codecs.lookup('UTF-8').name):
    show(f)

print("TextIOWrapper")
for kw in ({'encoding': '\udcfe'}, {'encoding': 'utf-8\0'}, {'encoding': 42},
           {'encoding': 'utf-8', 'errors': '\udcfe'}, {'encoding': 'utf-8', 'errors': 'x\0'},
           {'encoding': 'utf-8', 'newline': '\udcfe'}, {'encoding': 'utf-8', 'newline': '\n\0'},
           {'encoding': 'hello'}):
    show(lambda: io.TextIOWrapper(io.BytesIO(), **kw).encoding)

print("reconfigure")
for kw in ({'encoding': '\udcfe'}, {'encoding': 'locale\0'}, {'errors': '\udcfe'},
           {'newline': '\udcfe'}, {'encoding': 42}, {'newline': '\n\0'}):
    show(lambda: io.TextIOWrapper(io.BytesIO(), 'ascii').reconfigure(**kw))

print("uninitialised")
t = io.TextIOWrapper.__new__(io.TextIOWrapper)
show(lambda: repr(t))
b = io.BytesIO(b"abc")
t = io.TextIOWrapper(b, encoding="ascii")
show(lambda: t.__init__(b, encoding="hello"))
show(lambda: repr(t))
t = io.TextIOWrapper(b, encoding="ascii")


def delete():
    del t._CHUNK_SIZE


show(delete)
show(lambda: t._CHUNK_SIZE)

print("constructor messages")
for f in (lambda: io.StringIO('a', 'b', 'c'), lambda: io.BytesIO(b'a', 'b', 'c'),
          lambda: io.FileIO('a', 'b', 'c', 1, 2), lambda: io.BufferedReader(1, 2, 3, 4),
          lambda: io.BufferedWriter(1, 2, 3, 4), lambda: io.BufferedRandom(1, 2, 3, 4),
          lambda: io.TextIOWrapper(1, 2, 3, 4, 5, 6, 7, 8),
          lambda: io.IncrementalNewlineDecoder(1, 2, 3, 4), lambda: io.BufferedReader(),
          lambda: io.StringIO(foo=1)):
    show(f)
