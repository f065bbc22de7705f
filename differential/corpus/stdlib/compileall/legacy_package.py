# compileall compiles a package's modules to __pycache__ (or beside them with legacy=True);
# a package whose sources were removed then imports from its .pyc files alone. Cache file
# names are shown with the interpreter's tag as TAG.
import compileall
import os
import shutil
import sys
import tempfile

TAG = sys.implementation.cache_tag
D = tempfile.mkdtemp()


def show(p):
    return p.replace(D, '<dir>').replace(TAG, 'TAG') if isinstance(p, str) else p


def write(path, text):
    with open(os.path.join(D, path), 'w') as f:
        f.write(text)


try:
    os.makedirs(os.path.join(D, 'tree', 'sub'))
    write('tree/__init__.py', 'X = 1\n')
    write('tree/a.py', 'def f():\n    return [i * i for i in range(4)]\n')
    write('tree/sub/__init__.py', '')
    write('tree/sub/b.py', 'B = "b"\n')
    write('tree/broken.py', 'x = (\n')
    print(compileall.compile_dir(os.path.join(D, 'tree'), quiet=2))
    for folder in ('tree/__pycache__', 'tree/sub/__pycache__'):
        print(folder, sorted(show(n) for n in os.listdir(os.path.join(D, folder))))
    print(compileall.compile_dir(os.path.join(D, 'tree'), quiet=2, maxlevels=0,
                                 optimize=[1, 2]))
    print(sorted(show(n) for n in os.listdir(os.path.join(D, 'tree/__pycache__'))))

    os.mkdir(os.path.join(D, 'pkg'))
    write('pkg/__init__.py', 'from .mod import VALUE\nNAME = __name__\n')
    write('pkg/mod.py', 'VALUE = 6 * 7\ndef twice(x):\n    return [x] * 2\n')
    print(compileall.compile_dir(os.path.join(D, 'pkg'), quiet=1, legacy=True))
    print(sorted(os.listdir(os.path.join(D, 'pkg'))))
    os.remove(os.path.join(D, 'pkg', '__init__.py'))
    os.remove(os.path.join(D, 'pkg', 'mod.py'))
    sys.path.insert(0, D)
    import pkg
    print(pkg.VALUE, pkg.NAME, show(pkg.__file__), show(pkg.__cached__))
    print(type(pkg.mod.__loader__).__name__, pkg.mod.twice(3))
    print(compileall.compile_file(os.path.join(D, 'tree', 'a.py'), quiet=1, force=True))
finally:
    sys.path[:] = [p for p in sys.path if p != D]
    shutil.rmtree(D)
