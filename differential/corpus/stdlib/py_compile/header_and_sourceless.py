# py_compile writes a .pyc with importlib's 16-byte header (magic number, flags, then the
# source's mtime and size, or its hash) and the marshalled code; the file runs as a module of
# its own (SourcelessFileLoader) and its code object execs. Paths and the interpreter's cache
# tag are shown as <dir> and TAG, the only parts in which interpreters differ.
import importlib.util
import marshal
import os
import py_compile
import shutil
import sys
import tempfile

TAG = sys.implementation.cache_tag
D = tempfile.mkdtemp()


def show(p):
    return p.replace(D, '<dir>').replace(TAG, 'TAG') if isinstance(p, str) else p


SOURCE = '''"""A module compiled ahead."""
import sys
def square(n):
    return n * n
class Box:
    def __init__(self, v):
        self.v = v
    def twice(self):
        return [self.v] * 2
VALUE = square(7)
'''

try:
    src = os.path.join(D, 'mod.py')
    with open(src, 'w') as f:
        f.write(SOURCE)
    cfile = py_compile.compile(src, doraise=True)
    print(show(cfile), cfile == importlib.util.cache_from_source(src))
    with open(cfile, 'rb') as f:
        data = f.read()
    print(data[:4] == importlib.util.MAGIC_NUMBER, data[4:8],
          int.from_bytes(data[8:12], 'little') == int(os.stat(src).st_mtime) & 0xFFFFFFFF,
          int.from_bytes(data[12:16], 'little') == len(SOURCE))
    code = marshal.loads(data[16:])
    print(type(code).__name__, show(code.co_filename), code.co_name)
    ns = {'__name__': 'fromcode'}
    exec(code, ns)
    print(ns['VALUE'], ns['Box'](3).twice(), ns['__doc__'])

    for mode in py_compile.PycInvalidationMode:
        out = py_compile.compile(src, cfile=os.path.join(D, 'h.pyc'), doraise=True,
                                 invalidation_mode=mode)
        with open(out, 'rb') as f:
            head = f.read(16)
        flags = int.from_bytes(head[4:8], 'little')
        same = head[8:16] == importlib.util.source_hash(SOURCE.encode())
        print(mode.name, flags, same if flags else None)

    out = py_compile.compile(src, cfile=os.path.join(D, 'named.pyc'), dfile='shown.py',
                             doraise=True)
    with open(out, 'rb') as f:
        print(marshal.loads(f.read()[16:]).co_filename)

    bad = os.path.join(D, 'bad.py')
    with open(bad, 'w') as f:
        f.write('def f(:\n')
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print('PyCompileError', e.exc_type_name, show(e.file))

    os.mkdir(os.path.join(D, 'only'))
    shutil.copy(cfile, os.path.join(D, 'only', 'alone.pyc'))
    sys.path.insert(0, os.path.join(D, 'only'))
    import alone
    print(alone.VALUE, alone.square(5), alone.__doc__)
    print(show(alone.__file__), show(alone.__cached__))
    print(type(alone.__loader__).__name__, show(alone.__spec__.origin))
    print(alone.Box.twice.__code__.co_filename == alone.__file__)
finally:
    sys.path[:] = [p for p in sys.path if not p.startswith(D)]
    shutil.rmtree(D)
