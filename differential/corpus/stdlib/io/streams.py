# io: StringIO and BytesIO as files, TextIOWrapper over bytes, buffered readers and line endings.
import io

s = io.StringIO("line one\nline two\r\nline three")
print(s.readline(), s.read(4), s.tell(), s.readlines())
s.seek(0)
print([l for l in s], s.getvalue()[:8])
out = io.StringIO()
print("hello", 42, sep="|", file=out)
out.write("tail")
print(repr(out.getvalue()), out.tell(), out.closed)
b = io.BytesIO(b"\x00\x01binary\nrest")
print(b.read(2), b.readline(), b.read(), b.seek(-4, io.SEEK_END), b.read())
b.seek(0)
b.write(b"XY")
print(b.getvalue(), b.getbuffer().nbytes, len(b.getbuffer()))
raw = io.BytesIO("caf\u00e9\r\nna\u00efve\rend\n".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8", newline=None)
print(repr(t.read()), t.encoding, t.newlines)
raw2 = io.BytesIO()
t2 = io.TextIOWrapper(raw2, encoding="utf-16", newline="\r\n")
t2.write("a\nb")
t2.flush()
print(raw2.getvalue())
br = io.BufferedReader(io.BytesIO(b"abcdefgh" * 3), buffer_size=4)
print(br.peek(2)[:2], br.read(5), br.read1(3), br.readline())
t3 = io.TextIOWrapper(io.BytesIO(b"\xff\xfeabc"), encoding="ascii", errors="replace")
print(repr(t3.read()))
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
s.close()
try:
    s.read()
except ValueError as e:
    print("ValueError", e)
with io.StringIO() as f:
    f.write("ctx")
    print(f.getvalue())
print(f.closed, io.DEFAULT_BUFFER_SIZE, issubclass(io.StringIO, io.TextIOBase), isinstance(b, io.BufferedIOBase))
print(io.StringIO("a\nb\n", newline="").readlines(), io.StringIO(newline="\r\n").write("x\ny"))
