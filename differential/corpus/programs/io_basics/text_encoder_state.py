# A TextIOWrapper tells its encoder where the stream is: a byte-order mark only at position
# 0, and a seek drops what a stateful encoder held back.
import io
import warnings


def wrap(raw, encoding):
    return io.TextIOWrapper(raw, encoding=encoding, newline="\n")


# appending after seeking to the start and back to the end writes no second mark
for charset in ("utf-8-sig", "utf-16", "utf-32"):
    raw = io.BytesIO()
    t = wrap(raw, charset)
    t.write("aaa")
    t.flush()
    t.seek(0)
    t.seek(0, io.SEEK_END)
    t.write("xxx")
    t.flush()
    print(charset, raw.getvalue() == "aaaxxx".encode(charset))

# an empty stream's end is its start: the mark comes again
raw = io.BytesIO()
t = wrap(raw, "utf-8-sig")
t.seek(0, io.SEEK_END)
t.write("a")
t.flush()
print(raw.getvalue())

# euc_jis_2004 holds back a character that may combine with the next one; a seek drops it
raw = io.BytesIO()
t = wrap(raw, "euc_jis_2004")
t.write("\u00e6\u0300")
p0 = t.tell()
t.write("\u00e6")
t.seek(p0)
t.write("\u0300")
t.flush()
print(ascii(raw.getvalue().decode("euc_jis_2004")))

# reconfigure makes a new encoder; a stream that cannot tell where it is gets a new mark
raw = io.BytesIO()
raw.seekable = lambda: False
t = wrap(raw, "ascii")
t.write("abc\n")
t.reconfigure(encoding="utf-8-sig")
t.write("d\xe9f\n")
t.flush()
print(raw.getvalue())

# ... and a seekable one past its start gets none
raw = io.BytesIO()
t = wrap(raw, "ascii")
t.write("abc\n")
t.reconfigure(encoding="utf-8-sig")
t.write("d\xe9f\n")
t.flush()
print(raw.getvalue())


# reconfigure's flags are read as C longs, before anything changes
class BadIndex:
    def __index__(self):
        1 / 0


t = wrap(io.BytesIO(), "ascii")
for flag in ("line_buffering", "write_through"):
    for value in (BadIndex(), 2 ** 1000, 2, 0, 1.5):
        try:
            t.reconfigure(**{flag: value})
            print(flag, repr(value)[:10], t.line_buffering, t.write_through)
        except Exception as e:
            print(flag, type(e).__name__, e)
try:
    t.reconfigure(encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e, t.encoding)


# read1 may return any bytes-like object
class MemoryviewReader(io.BytesIO):
    def read1(self, n=-1):
        return memoryview(super().read1(n))


print(wrap(MemoryviewReader(b"from a view\n"), "utf-8").read())

# line buffering is for text: binary mode warns and buffers as usual
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with open(__file__, "rb", buffering=1) as f:
        print(type(f).__name__)
print([str(w.message) for w in caught])
