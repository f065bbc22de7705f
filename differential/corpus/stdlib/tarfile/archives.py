# tarfile in memory: building an uncompressed archive from bytes, listing, extracting members.
import io
import tarfile

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for name, content in [("docs/readme.txt", b"Read me.\n"), ("src/main.py", b"print('hi')\n" * 3),
                          ("empty.dat", b"")]:
        info = tarfile.TarInfo(name)
        info.size = len(content)
        info.mtime = 1700000000
        info.mode = 0o644
        info.uname = "krait"
        tar.addfile(info, io.BytesIO(content))
    d = tarfile.TarInfo("docs")
    d.type = tarfile.DIRTYPE
    d.mtime = 1700000000
    tar.addfile(d)
print(len(buf.getvalue()) % 512, len(buf.getvalue()) >= 512 * 6)
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r") as tar:
    for m in tar.getmembers():
        print(m.name, m.size, oct(m.mode), m.isfile(), m.isdir(), m.mtime, m.uname)
    print(tar.getnames())
    print(tar.extractfile("src/main.py").read())
    try:
        tar.getmember("nope")
    except KeyError as e:
        print("KeyError", e)
print(tarfile.is_tarfile(io.BytesIO(buf.getvalue())), tarfile.is_tarfile(io.BytesIO(b"x" * 1024)))
