parts = [b"GET ", b"/index.html", b" HTTP/1.1\r\n"]
request = b"".join(parts) + b"Host: example.org\r\n\r\n"
print(request, len(request))
head, _, body = request.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split()
print(method, path, version, dict(l.split(b": ", 1) for l in lines[1:]), body)
buf = bytearray()
for i in range(5):
    buf += bytes([65 + i]) * (i + 1)
print(buf, len(buf), buf.count(b"E"), bytes(buf[::-1][:5]))
def checksum(data):
    total = 0
    for b in data:
        total = (total * 31 + b) & 0xFFFFFFFF
    return total
print(checksum(b"hello"), checksum(request), hex(checksum(bytes(range(256)))))
num = 0x12345678
be = num.to_bytes(4, "big")
le = num.to_bytes(4, "little")
print(be, le, be[::-1] == le, int.from_bytes(le, "little") == num, be.hex(), list(le))
