# Checksums of files and streams: hashlib.file_digest over binary files and BytesIO, a manifest
# of a small directory tree, and the errors for text files.
import hashlib
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    files = {
        "a.txt": b"alpha\n" * 100,
        "b.bin": bytes(range(256)) * 300,
        "sub/c.txt": b"",
        "sub/d.dat": b"\xff" * 70000,
    }
    for rel, content in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content)
    manifest = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                digest = hashlib.file_digest(f, "sha256")
            rel = os.path.relpath(path, root)
            manifest.append((rel, os.path.getsize(path), digest.hexdigest()))
    for rel, size, hexdigest in manifest:
        print(f"{hexdigest[:20]}  {size:6}  {rel}")
        assert hexdigest == hashlib.sha256(files[rel.replace(os.sep, "/")]).hexdigest()
    with open(os.path.join(root, "b.bin"), "rb") as f:
        print(hashlib.file_digest(f, hashlib.md5).hexdigest())
    with open(os.path.join(root, "b.bin"), "rb") as f:
        print(hashlib.file_digest(f, lambda: hashlib.new("sha3_224")).hexdigest())
    with open(os.path.join(root, "a.txt"), "r") as f:
        try:
            hashlib.file_digest(f, "sha1")
        except ValueError as e:
            print("ValueError", str(e).rpartition("'")[2].strip())

stream = io.BytesIO(b"streamed " * 5000)
print(hashlib.file_digest(stream, "blake2b").hexdigest()[:32])
stream = io.BytesIO(b"x" * 10)
print(hashlib.file_digest(stream, "sm3").name, hashlib.file_digest(io.BytesIO(), "ripemd160").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), "shake_256").hexdigest(12))
