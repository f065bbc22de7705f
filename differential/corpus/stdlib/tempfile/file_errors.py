import os
import tempfile
try:
    open("no_such_file_in_corpus.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
with tempfile.TemporaryDirectory() as d:
    try:
        open(d)
    except IsADirectoryError as e:
        print(type(e).__name__, e.errno, e.strerror)
    path = os.path.join(d, "f.txt")
    f = open(path, "w")
    f.close()
    try:
        f.write("x")
    except ValueError as e:
        print(e)
    try:
        open(path, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with open(path) as g:
        try:
            g.write("x")
        except OSError as e:
            print(type(e).__name__, e)
    for bad in [dict(mode="z"), dict(mode="rw"), dict(buffering=0), dict(newline="x")]:
        try:
            open(path, **bad)
        except ValueError as e:
            print(e)
try:
    open(5.5)
except TypeError as e:
    print(e)
