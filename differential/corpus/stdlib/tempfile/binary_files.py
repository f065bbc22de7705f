import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode)
        f.write(bytes(range(10)))
        f.write(b"\xff\xfe")
    with open(path, "rb") as f:
        print(type(f).__name__, f.read(3), f.tell(), f.read(), f.read())
        f.seek(-2, 2)
        print(f.read(), f.seek(0), f.read(1))
    with open(path, "ab") as f:
        f.write(b"tail")
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[-4:], data.hex()[:8])
    with open(path, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(2))
    try:
        with open(path, "rb") as f:
            f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
    try:
        open(path, "rb", encoding="utf-8")
    except ValueError as e:
        print(e)
    try:
        open(path, "rw")
    except ValueError as e:
        print(e)
    with open(path, "rb") as f:
        print(sum(1 for _ in f))
