# tarfile, zipfile and shutil over _lzma and _bz2: archives written and read back in memory and
# in a temporary directory, with byte-exact output where the formats fix every field.
import hashlib
import io
import os
import shutil
import tarfile
import tempfile
import zipfile

FILES = {"a.txt": b"alpha\n" * 500, "dir/b.bin": bytes(range(256)) * 30, "c.txt": b""}


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16]


for mode in ("w:xz", "w:bz2", "w:gz", "w|xz", "w|bz2"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, format=tarfile.USTAR_FORMAT) as tf:
        for name, data in sorted(FILES.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1700000000
            info.mode = 0o644
            tf.addfile(info, io.BytesIO(data))
    raw = buf.getvalue()
    stable = "gz" not in mode  # gzip stores no name here, but CPython's zlib may differ
    with tarfile.open(fileobj=io.BytesIO(raw), mode="r:*") as tf:
        names = tf.getnames()
        same = all(tf.extractfile(n).read() == FILES[n] for n in names)
    print(mode, len(raw) if stable else "-", digest(raw) if stable else "-", names, same)

for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=method) as zf:
        for name, data in sorted(FILES.items()):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
            info.compress_type = method
            zf.writestr(info, data)
    raw = buf.getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        infos = [(i.filename, i.compress_type, i.file_size) for i in zf.infolist()]
        same = all(zf.read(n) == FILES[n] for n in zf.namelist())
        bad = zf.testzip()
    print(method, len(raw), digest(raw) if method != zipfile.ZIP_DEFLATED else "-", infos,
          same, bad)

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    for name, data in FILES.items():
        path = os.path.join(src, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    print(sorted(name for name, _ in shutil.get_archive_formats()))
    print(sorted(name for name, _, _ in shutil.get_unpack_formats()))
    for fmt in ("xztar", "bztar", "gztar", "zip", "tar"):
        archive = shutil.make_archive(os.path.join(tmp, "out_" + fmt), fmt, root_dir=src)
        dest = os.path.join(tmp, "unpacked_" + fmt)
        shutil.unpack_archive(archive, dest)
        got = {}
        for root, _, files in os.walk(dest):
            for name in files:
                path = os.path.join(root, name)
                with open(path, "rb") as f:
                    got[os.path.relpath(path, dest)] = f.read()
        print(fmt, os.path.basename(archive), got == FILES)
