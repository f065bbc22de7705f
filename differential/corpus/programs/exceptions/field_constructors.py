# How the constructors of the builtin exceptions with fields fill them, and how those
# exceptions pickle and copy, including subclasses with their own __init__, __new__ and
# __slots__.
import copy
import pickle


def show(e):
    fields = [n for n in ('errno', 'strerror', 'filename', 'filename2', 'msg', 'name', 'path',
                          'value', 'code', 'lineno', 'offset', 'text', 'encoding', 'object',
                          'start', 'end', 'reason') if hasattr(type(e), n)]
    return '%s%r %s' % (type(e).__name__, e.args,
                        ' '.join('%s=%r' % (n, getattr(e, n)) for n in fields))


# OSError: (errno, strerror[, filename[, winerror[, filename2]]]) and the errno subclasses
for args in [(), (1,), (1, 2), (2, 'x', 'f'), (1, 2, None), (1, 2, 3, 4), (2, 'x', 'a', 9, 'b'),
             (1, 2, 3, 4, 5, 6), (13, 'denied'), (True, 'x'), (11, 'again'), (999, 'odd')]:
    e = OSError(*args)
    print(show(e), '|', str(e), '|', e.__reduce__())
try:
    OSError(2, 'x', key=1)
except TypeError as x:
    print('TypeError:', x)
print(type(FileNotFoundError(13, 'x')).__name__, type(OSError(2.0, 'x')).__name__)

# a subclass with its own __init__ leaves the arguments to it
class Custom(OSError):
    def __init__(self, code, text, extra=None):
        self.extra = extra
c = Custom(2, 'x', 'more')
print(show(c), vars(c))

class Forwarding(OSError):
    def __init__(self, *args):
        super().__init__(*args)
print(show(Forwarding(2, 'nf', 'file')))

class WithNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
print(show(WithNew(2, 'x', 'y')))

class Slotted(OSError):
    __slots__ = ('detail',)
s = Slotted(2, 'x', 'p')
s.detail = 'd'
print(show(s), s.detail, vars(s))

# SystemExit, StopIteration
for args in [(), (None,), (3,), ('msg',), (1, 2)]:
    print(show(SystemExit(*args)), show(StopIteration(*args)))

class QuietStop(StopIteration):
    def __init__(self):
        pass
print(show(QuietStop()))

def gen():
    yield 1
    return 'done'
def outer():
    result = yield from gen()
    print('yield from got', result)
list(outer())

# ImportError: keyword-only name and path
print(show(ImportError('m', name='n', path='p')), str(ImportError('m', name='n')))
print(show(ImportError(1, 2)), str(ImportError(1, 2)), show(ImportError()))
for kwargs in [{'other': 1}, {'obj': 1}]:
    try:
        ImportError('m', **kwargs)
    except TypeError as x:
        print('TypeError:', x)
try:
    NameError('m', path=1)
except TypeError as x:
    print('TypeError:', x)
try:
    ValueError('m', name=1)
except TypeError as x:
    print('TypeError:', x)
print(show(NameError('m', name='n')), AttributeError('m', name='a', obj=3).obj)

# SyntaxError: (msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
for args in [(), ('m',), ('m', ('f', 1, 2, 't')), ('m', ['/a/b.py', 3, 4, 'x', 3, 6]),
             ('m', 'x', 'y')]:
    e = SyntaxError(*args)
    print(show(e), e.end_lineno, e.end_offset, e.print_file_and_line, '|', str(e))
for info in [(1, 2, 3), ('f', 1, 2, 't', 5), (1, 2, 3, 4, 5, 6, 7), 5]:
    try:
        SyntaxError('m', info)
    except TypeError as x:
        print('TypeError:', x)
print(str(IndentationError('m', ('/x/y.py', 2, 1, 't'))), str(SyntaxError('m', (None, 2, 1, None))))

# Unicode errors: their arguments are checked
for cls, args in [(UnicodeEncodeError, ('ascii', 'abc', 0, 3, 'r')),
                  (UnicodeEncodeError, ('ascii', '\u20ac', 0, 1, 'r')),
                  (UnicodeDecodeError, ('utf-8', b'\xff\xfe', 0, 1, 'r')),
                  (UnicodeDecodeError, ('utf-8', bytearray(b'\xff'), 0, 1, 'r')),
                  (UnicodeTranslateError, ('abc', 1, 2, 'r')),
                  (UnicodeEncodeError, ('ascii', 'abc')),
                  (UnicodeEncodeError, ('ascii', b'abc', 0, 1, 'r')),
                  (UnicodeDecodeError, ('ascii', 'abc', 0, 1, 'r')),
                  (UnicodeTranslateError, ('abc', '1', 2, 'r'))]:
    try:
        e = cls(*args)
        print(show(e), '|', str(e))
    except TypeError as x:
        print(cls.__name__, 'TypeError:', x)
print(repr(str(UnicodeEncodeError.__new__(UnicodeEncodeError))), show(UnicodeError('a', 'b')))
try:
    class Both(UnicodeEncodeError, UnicodeDecodeError):
        pass
except TypeError as x:
    print('TypeError:', x)
try:
    class Mixed(OSError, ImportError):
        pass
except TypeError as x:
    print('TypeError:', x)
class Fine(OSError, ValueError):
    pass
print(show(Fine(2, 'x')))

# pickling and copying keep the fields
samples = [OSError(2, 'No such file or directory', 'a.txt'), OSError(2, 'x', 'a', None, 'b'),
           BlockingIOError(11, 'x', 4), ImportError('m', name='n', path='p'),
           ModuleNotFoundError('mm', name='x'), SyntaxError('bad', ('f.py', 1, 2, 'x', 1, 3)),
           StopIteration(5), SystemExit(2), NameError('n', name='v'),
           AttributeError('a', name='b', obj=1),
           UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
           UnicodeTranslateError('abc', 1, 2, 'no'), Custom(2, 'x', 'more'), s]
for e in samples:
    e.note = 'kept'
    for how, clone in [('pickle', lambda x: pickle.loads(pickle.dumps(x))),
                       ('copy', copy.copy), ('deepcopy', copy.deepcopy)]:
        try:
            c = clone(e)
            print(how, show(c), vars(c), str(c))
        except Exception as x:
            print(how, type(e).__name__, type(x).__name__, x)
print(OSError(2, 'x', 'f').__reduce__(), ImportError('m', name='n').__reduce__())

# the interpreter fills them when it raises
try:
    undefined_name
except NameError as x:
    print(show(x), vars(x))
try:
    (1).missing
except AttributeError as x:
    print(x.name, x.obj, vars(x))
try:
    open('/nonexistent/dir/file')
except OSError as x:
    print(show(x), vars(x))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(show(x), vars(x))
try:
    import no_such_module_here
except ImportError as x:
    print(show(x), vars(x))
try:
    compile('x = (', 'prog.py', 'exec')
except SyntaxError as x:
    print(show(x), x.end_lineno, vars(x))
try:
    raise SystemExit(5)
except SystemExit as x:
    print(show(x))
