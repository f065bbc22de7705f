# Building a zip archive in memory and reading it back, as exporters do.
import io
import zipfile

files = {
    "README.txt": b"Project notes\n" * 50,
    "data/numbers.csv": "\n".join(f"{i},{i * i},{i ** 3}" for i in range(300)).encode(),
    "data/empty.bin": b"",
    "bin/blob.dat": bytes((i * 7) % 256 for i in range(5000)),
}

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    for name, content in files.items():
        info = zipfile.ZipInfo(name, date_time=(2021, 6, 1, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, content)
    stored = zipfile.ZipInfo("stored.txt", date_time=(2021, 6, 1, 12, 0, 0))
    zf.writestr(stored, b"kept as is", compress_type=zipfile.ZIP_STORED)
archive = buf.getvalue()
print("archive bytes", len(archive))

with zipfile.ZipFile(io.BytesIO(archive)) as zf:
    print(zf.testzip())
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size,
              hex(info.CRC))
    for name, content in files.items():
        assert zf.read(name) == content, name
    with zf.open("data/numbers.csv") as f:
        print(f.readline(), f.readline())

# Compression levels pass through to zlib.
for level in (1, 9):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr(zipfile.ZipInfo("n.csv", (2021, 1, 1, 0, 0, 0)), files["data/numbers.csv"])
    print(level, len(b.getvalue()))

# A damaged member fails its CRC check.
bad = bytearray(archive)
pos = bad.find(b"Project") if b"Project" in bad else None
with zipfile.ZipFile(io.BytesIO(archive)) as zf:
    info = zf.getinfo("stored.txt")
    offset = info.header_offset + 30 + len(info.filename)
bad[offset] ^= 0x20
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    try:
        zf.read("stored.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
