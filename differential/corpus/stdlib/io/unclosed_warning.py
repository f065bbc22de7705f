# A file dropped while open is closed by its finaliser, which warns "ResourceWarning: unclosed
# file <...>" naming the outermost stream (a TextIOWrapper's close passes itself down through
# _dealloc_warn to its FileIO), once, after flushing what was written; closed, detached and
# closefd=False streams are not warned about; a warning turned into an error in a finaliser goes
# to sys.unraisablehook, never into the program.
import gc
import io
import os
import sys
import tempfile
import warnings

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")


def collect():
    gc.collect()
    gc.collect()


def caught_while(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action()
        collect()
    return [(w.category.__name__, str(w.message).replace(folder, "DIR")) for w in caught]


def drop_open():
    f = open(path, "w", encoding="utf-8")
    f.write("from open\n")


print(caught_while(drop_open))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))


def drop_stack():
    t = io.TextIOWrapper(io.BufferedWriter(io.FileIO(path, "w")), encoding="utf-8")
    t.write("from a stack\n")


print(caught_while(drop_stack))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))


def drop_binary():
    b = open(path, "ab")
    b.write(b"appended\n")
    r = open(path, "rb", buffering=0)
    r.read(1)


print(sorted(caught_while(drop_binary)))
with open(path, encoding="utf-8") as f:
    print(repr(f.read()))


def drop_closed():
    f = open(path)
    f.close()
    with open(path) as g:
        g.read()


print(caught_while(drop_closed))

kept = []


def drop_detached():
    b = io.BufferedReader(io.FileIO(path))
    kept.append(b.detach())


print(caught_while(drop_detached))
print(kept[0].closed)
print(caught_while(kept.clear))

fd = os.open(path, os.O_RDONLY)


def drop_not_owning():
    f = open(fd, "rb", closefd=False)
    f.read(4)


print(caught_while(drop_not_owning))
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 4))
os.close(fd)


def hook(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, type(unraisable.object).__name__,
          str(unraisable.exc_value).replace(folder, "DIR"))


def drop_with_errors():
    open(path, encoding="utf-8")


sys.unraisablehook = hook
with warnings.catch_warnings():
    warnings.simplefilter("error")
    drop_with_errors()
    collect()
    print("the program goes on")
sys.unraisablehook = sys.__unraisablehook__
os.remove(path)
os.rmdir(folder)
