import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "nl.txt")
    with open(path, "wb") as f:
        f.write(b"unix\nwindows\r\nmac\rend")
    with open(path, encoding="ascii") as f:
        print(repr(f.read()), f.newlines)
    with open(path, encoding="ascii", newline="") as f:
        print(repr(f.read()))
    with open(path, encoding="ascii", newline="\r\n") as f:
        print(f.readlines())
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, "w", encoding="latin-1") as f:
        f.write("café")
    with open(path, "rb") as f:
        print(f.read())
    try:
        with open(path, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open(path, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    try:
        with open(path, "w", encoding="ascii") as f:
            f.write("ü")
    except UnicodeEncodeError as e:
        print(e)
