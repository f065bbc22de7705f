# The fields of builtin exceptions are member descriptors of their classes (CPython's struct
# members): class-level reprs, dir(), an empty instance __dict__, get/set/del through the
# descriptor, and the values each constructor fills in.

FIELDS = {
    BaseException: ['__suppress_context__'],
    OSError: ['errno', 'strerror', 'filename', 'filename2'],
    SyntaxError: ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset',
                  'print_file_and_line'],
    ImportError: ['msg', 'name', 'path'],
    StopIteration: ['value'],
    SystemExit: ['code'],
    NameError: ['name'],
    AttributeError: ['name', 'obj'],
    UnicodeEncodeError: ['encoding', 'object', 'start', 'end', 'reason'],
    UnicodeDecodeError: ['encoding', 'object', 'start', 'end', 'reason'],
    UnicodeTranslateError: ['encoding', 'object', 'start', 'end', 'reason'],
}

for cls, names in FIELDS.items():
    for name in names:
        d = cls.__dict__[name]
        print(cls.__name__, name, repr(d), type(d).__name__, d.__name__, d.__qualname__,
              d.__objclass__.__name__, d.__doc__)
        print('  in dir:', name in dir(cls))
print(repr(OSError.__dict__['characters_written']))
print(type(OSError.characters_written).__name__)

# subclasses see the same descriptors, through the MRO
for cls in [FileNotFoundError, ConnectionResetError, ModuleNotFoundError, UnboundLocalError,
            IndentationError, TabError, BlockingIOError]:
    print(cls.__name__, sorted(n for n in dir(cls) if not n.startswith('_'))[:9])
import io, socket
for cls in [io.UnsupportedOperation, socket.gaierror, socket.herror]:
    print(cls.__name__, [n in dir(cls) for n in ('errno', 'strerror', 'filename', 'filename2',
                                                 'characters_written', '__weakref__')])
print(sorted(ExceptionGroup.__dict__))
print(ExceptionGroup.__dict__['__module__'], ExceptionGroup.__doc__)

# the instance dict holds only what the program sets
samples = [
    OSError(2, 'No such file or directory', 'a.txt'),
    SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3)),
    ImportError('m', name='n', path='p'),
    StopIteration(5),
    SystemExit(3),
    NameError('nm', name='x'),
    AttributeError('at', name='y', obj=1),
    UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'ordinal not in range'),
    UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
    UnicodeTranslateError('abc', 1, 2, 'no'),
    KeyError('k'),
]
for e in samples:
    print(type(e).__name__, vars(e), e.__dict__, e.args)
    e.extra = 1
    print('  after setting extra:', vars(e))

# get, set and delete through the instance and through the descriptor
e = OSError(2, 'No such file or directory', 'a.txt')
print(e.errno, OSError.errno.__get__(e), OSError.errno.__get__(None, OSError) is OSError.errno)
OSError.errno.__set__(e, 13)
print(e.errno, str(e))
del e.errno
print(e.errno, str(e))
OSError.filename.__delete__(e)
print(e.filename, str(e), e.args)
e.filename = None
print(str(e))
for bad in [ValueError(), 5]:
    try:
        OSError.errno.__get__(bad)
    except TypeError as x:
        print('TypeError:', x)
try:
    OSError.errno.__set__(KeyError(), 1)
except TypeError as x:
    print('TypeError:', x)

s = SyntaxError('m', ('f', 1, 2, 't'))
for name in FIELDS[SyntaxError]:
    delattr(s, name)
    print(name, getattr(s, name), end='; ')
print()
s.lineno = 7
print(str(s))

u = UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'r')
u.start = 0
u.end = True
print(u.start, u.end, type(u.end).__name__, str(u))
for value in ['1', 1.5, 2 ** 70]:
    try:
        u.start = value
    except (TypeError, OverflowError) as x:
        print(type(x).__name__, x)
try:
    del u.end
except TypeError as x:
    print('TypeError:', x)
del u.reason
print(u.reason)

b = ValueError()
print(b.__suppress_context__)
b.__suppress_context__ = True
print(b.__suppress_context__)
for value in [1, None]:
    try:
        b.__suppress_context__ = value
    except TypeError as x:
        print('TypeError:', x)
try:
    del b.__suppress_context__
except TypeError as x:
    print('TypeError:', x)

# characters_written is a getset: AttributeError while unset
w = BlockingIOError(11, 'Resource temporarily unavailable', 7)
print(w.characters_written, w.filename, w.args)
w.characters_written = 3
print(w.characters_written)
del w.characters_written
for action in ['get', 'del']:
    try:
        if action == 'get':
            w.characters_written
        else:
            del w.characters_written
    except AttributeError as x:
        print(action, 'AttributeError:', x)
try:
    OSError().characters_written
except AttributeError as x:
    print('AttributeError:', x)
try:
    w.characters_written = 'many'
except TypeError as x:
    print('TypeError:', x)
try:
    BlockingIOError(11, 'x', 2 ** 70)
except ValueError as x:
    print('ValueError:', x)
print(FileNotFoundError(2, 'x', 5).filename)
