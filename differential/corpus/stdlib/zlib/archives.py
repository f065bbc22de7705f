# tar.gz and zip archives through tarfile and shutil, in a temporary directory.
import io
import os
import shutil
import tarfile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "project")
    os.makedirs(os.path.join(src, "pkg"))
    files = {
        "README.md": "# Project\n\nSome notes.\n" * 20,
        "pkg/__init__.py": "VERSION = '1.0'\n",
        "pkg/core.py": "def add(a, b):\n    return a + b\n" * 30,
    }
    for name, text in files.items():
        with open(os.path.join(src, name), "w") as f:
            f.write(text)

    for fmt in ("zip", "gztar", "tar"):
        archive = shutil.make_archive(os.path.join(tmp, "out-" + fmt), fmt, root_dir=src)
        print(fmt, os.path.basename(archive))
        if fmt == "zip":
            dest = os.path.join(tmp, "unpacked-" + fmt)
            shutil.unpack_archive(archive, dest)
            found = []
            for root, dirs, names in os.walk(dest):
                for n in names:
                    p = os.path.join(root, n)
                    found.append((os.path.relpath(p, dest), os.path.getsize(p)))
            print(sorted(found))
            for name, text in files.items():
                with open(os.path.join(dest, name)) as f:
                    assert f.read() == text, name
        else:
            with tarfile.open(archive) as tar:
                members = [m for m in tar.getmembers() if m.isfile()]
                print(sorted((m.name, m.size) for m in members))
                for m in members:
                    text = tar.extractfile(m).read().decode()
                    assert text == files[os.path.normpath(m.name)], m.name

# tarfile with gzip compression into memory, members with fixed metadata.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    for i in range(3):
        payload = (f"member {i}\n" * (i + 1) * 50).encode()
        info = tarfile.TarInfo(f"dir/file{i}.txt")
        info.size = len(payload)
        info.mtime = 1_600_000_000
        info.mode = 0o644
        tar.addfile(info, io.BytesIO(payload))
data = buf.getvalue()
print("gz magic", data[:2].hex())
with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tar:
    for m in tar.getmembers():
        print(m.name, m.size, m.mtime, oct(m.mode), tar.extractfile(m).read()[:9])

# A truncated tar.gz fails cleanly.
try:
    with tarfile.open(fileobj=io.BytesIO(data[:len(data) // 2]), mode="r:gz") as tar:
        tar.getmembers()
except (tarfile.ReadError, EOFError) as e:
    print(type(e).__name__, e)
