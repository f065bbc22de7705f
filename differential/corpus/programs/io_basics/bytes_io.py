import io
b = io.BytesIO()
n = b.write(b"hello ")
m = b.write(bytearray(b"world"))
print(n, m, b.getvalue(), b.tell())
b.seek(0)
print(b.read(5), b.read(1), b.read(), b.read())
b.seek(0)
b.write(b"J")
print(b.getvalue(), b.getbuffer().tobytes()[:3])
data = io.BytesIO(b"line1\nline2\nline3")
print(data.readline(), data.readlines())
try:
    io.BytesIO().write("text")
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(e)
with io.BytesIO(b"ctx") as f:
    print(f.read())
print(f.closed)
