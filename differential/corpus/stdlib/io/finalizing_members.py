# _finalizing and _dealloc_warn, the finaliser's hooks on the _io classes: _finalizing is a bool
# member (False until the finaliser sets it; only a bool is accepted); close() with it set warns
# "unclosed file" before closing; _dealloc_warn(source) warns naming source when the stream owns
# an open descriptor, a buffered stream passing it down to its raw; TextIOWrapper has only
# _finalizing, BufferedRWPair neither.
import io
import os
import tempfile
import warnings

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bin")
with open(path, "wb") as f:
    f.write(b"0123456789")

for cls in [io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair,
            io.TextIOWrapper, io.BytesIO, io.StringIO]:
    print(cls.__name__, hasattr(cls, "_finalizing"), hasattr(cls, "_dealloc_warn"),
          type(cls.__dict__.get("_finalizing")).__name__)


def show(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        action()
    print([str(w.message).replace(folder, "DIR") for w in caught])


raw = io.FileIO(path)
buffered = io.BufferedReader(raw)
text = io.TextIOWrapper(buffered, encoding="ascii")
print(raw._finalizing, buffered._finalizing, text._finalizing)
for value in [1, None, "yes"]:
    try:
        raw._finalizing = value
    except TypeError as e:
        print(type(value).__name__, e)
try:
    del buffered._finalizing
except TypeError as e:
    print("del:", e)
show(lambda: raw._dealloc_warn("a source"))
show(lambda: buffered._dealloc_warn(text))
show(lambda: buffered._dealloc_warn(42))
text._finalizing = True
print(text._finalizing, buffered._finalizing)
show(text.close)
print(text.closed, raw.closed)
show(lambda: raw._dealloc_warn("after close"))

fd = os.open(path, os.O_RDONLY)
borrowed = io.FileIO(fd, closefd=False)
show(lambda: borrowed._dealloc_warn(borrowed))
borrowed._finalizing = True
show(borrowed.close)
print(os.read(fd, 3))
os.close(fd)

plain = io.BufferedReader(io.BytesIO(b"abc"))
show(lambda: plain._dealloc_warn(plain))
plain._finalizing = True
show(plain.close)

owned = io.FileIO(path, "r")
owned._finalizing = True
show(owned.close)
print(owned.closed, owned._finalizing)
os.remove(path)
os.rmdir(folder)
