# Fixed-size records in a memory-mapped file: read, patch in place, search and grow.
import mmap
import os
import struct
import tempfile

RECORD = struct.Struct("<I12sd")

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "records.bin")
    with open(path, "wb") as f:
        for i, name in enumerate(["alpha", "beta", "gamma", "delta"]):
            f.write(RECORD.pack(i, name.encode(), i * 1.5))

    with open(path, "r+b") as f:
        with mmap.mmap(f.fileno(), 0) as m:
            print("length", len(m), "records", len(m) // RECORD.size, "size()", m.size())
            for k in range(len(m) // RECORD.size):
                rid, name, value = RECORD.unpack(m[k * RECORD.size:(k + 1) * RECORD.size])
                print(rid, name.rstrip(b"\0").decode(), value)
            # Patch the third record in place.
            at = 2 * RECORD.size
            m[at:at + RECORD.size] = RECORD.pack(2, b"GAMMA", 99.25)
            print("find", m.find(b"GAMMA"), m.find(b"nothing"), m.rfind(b"a"),
                  m.find(b"a", 20), m.find(b"a", -20, -5))
            m.flush()
            # Grow the map (and the file) by one record.
            old = len(m)
            m.resize(old + RECORD.size)
            m[old:] = RECORD.pack(4, b"epsilon", 6.0)
            print("after resize", len(m), m.size(), os.path.getsize(path))

    with open(path, "rb") as f:
        data = f.read()
    print("file sees patch", RECORD.unpack_from(data, 2 * RECORD.size)[1].rstrip(b"\0"))
    print("file sees append", RECORD.unpack_from(data, 4 * RECORD.size))

    # Read-only and copy-on-write views of the same file.
    with open(path, "rb") as f:
        ro = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    print(repr(ro).replace(str(len(ro)), "N"))
    try:
        ro[0] = 1
    except TypeError as e:
        print("TypeError", e)
    ro.close()
    print(repr(ro), ro.closed)
    with open(path, "r+b") as f:
        cow = mmap.mmap(f.fileno(), RECORD.size, access=mmap.ACCESS_COPY)
    cow[4:9] = b"ALPHA"
    print("copy sees", cow[4:9], "file keeps", open(path, "rb").read()[4:9])
    try:
        cow.resize(10)
    except TypeError as e:
        print("TypeError", e)
    cow.close()

    # Offsets must be multiples of the allocation granularity.
    with open(path, "r+b") as f:
        f.truncate(mmap.ALLOCATIONGRANULARITY + 10)
        with mmap.mmap(f.fileno(), 10, offset=mmap.ALLOCATIONGRANULARITY) as m:
            print("offset map", len(m), m[:], repr(m).endswith("offset=%d>" % mmap.PAGESIZE))
        try:
            mmap.mmap(f.fileno(), 10, offset=1)
        except OSError as e:
            print("OSError", e.errno)
        for bad in (0, 100000):
            try:
                mmap.mmap(f.fileno(), bad, offset=10 * mmap.PAGESIZE)
            except ValueError as e:
                print("ValueError", e)
