# Protocol 5's out-of-band buffers (PickleBuffer, buffer_callback, buffers=), pickles written
# to and read from files one after another, frames around large data, persistent ids, and the
# pickler's and unpickler's memo proxies.
import io
import pickle
import pickletools


class ZeroCopy(bytearray):
    def __reduce_ex__(self, protocol):
        if protocol >= 5:
            return type(self)._reconstruct, (pickle.PickleBuffer(self),), None
        return type(self), (bytes(self),)

    @classmethod
    def _reconstruct(cls, obj):
        with memoryview(obj) as m:
            obj = m.obj
            if type(obj) is cls:
                return obj
            return cls(obj)


data = [ZeroCopy(b"abc"), ZeroCopy(b"defg"), b"in band"]
buffers = []
blob = pickle.dumps(data, 5, buffer_callback=buffers.append)
print(blob.hex(), len(buffers))
print([bytes(b.raw()) for b in buffers])
print(pickle.loads(blob, buffers=buffers))
print(pickle.loads(pickle.dumps(data, 5)))
print(pickle.loads(pickle.dumps(data, 4)))
try:
    pickle.loads(blob)
except pickle.UnpicklingError as e:
    print(e)
try:
    pickle.loads(blob, buffers=[])
except pickle.UnpicklingError as e:
    print(e)
pb = pickle.PickleBuffer(b"readonly")
print(pickle.dumps(pb, 5).hex(), pickle.loads(pickle.dumps(pb, 5)))
pb2 = pickle.PickleBuffer(bytearray(b"writable"))
print(pickle.dumps(pb2, 5).hex(), pickle.loads(pickle.dumps(pb2, 5)))
out = []
print(pickle.dumps(pb, 5, buffer_callback=out.append).hex(), len(out))
print(pickle.dumps(pb2, 5, buffer_callback=lambda b: True).hex())
back = pickle.loads(pickle.dumps(pb, 5, buffer_callback=out.append), buffers=[b"ro"])
print(type(back).__name__, bytes(back))
back = pickle.loads(pickle.dumps(pb2, 5, buffer_callback=out.append), buffers=[bytearray(b"rw")])
print(type(back).__name__, bytes(back))
try:
    pickle.dumps(pb, 4)
except pickle.PicklingError as e:
    print(e)
m = memoryview(bytearray(b"abcdef"))
print(bytes(pickle.PickleBuffer(m[1:4]).raw()), pickle.PickleBuffer(m).raw().readonly)
try:
    pickle.PickleBuffer(m[::2]).raw()
except BufferError as e:
    print("BufferError", e)
pb.release()
try:
    pb.raw()
except ValueError as e:
    print(e)

# Several pickles in one file, read back one by one.
f = io.BytesIO()
for proto in range(6):
    pickle.dump({"proto": proto, "data": list(range(3))}, f, proto)
f.seek(0)
for proto in range(6):
    print(pickle.load(f), f.tell())

# Large values split frames; the payload of a big bytes sits outside frames.
big = [b"x" * 70000, "y" * 70000, list(range(20000))]
f = io.BytesIO()
pickle.dump(big, f, 4)
raw = f.getvalue()
frames = [(op.name, arg) for op, arg, pos in pickletools.genops(raw) if op.name == "FRAME"]
print(len(raw), frames)
f.seek(0)
print(pickle.load(f) == big)
small = pickle.dumps({"a": [1, 2, (3, 4)], "b": "text"}, 4)
pickletools.dis(small)


class Writes:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(len(b))


w = Writes()
pickle.dump(big, w, 4)
print(w.chunks)
w = Writes()
pickle.dump(big, w, 3)
print(w.chunks)


# Persistent ids.
class DB:
    rows = {"u1": "alice", "u2": "bob"}


class Ref:
    def __init__(self, key):
        self.key = key


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("row", obj.key) if isinstance(obj, Ref) else None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return DB.rows[key]


for proto in range(6):
    f = io.BytesIO()
    try:
        RefPickler(f, proto).dump([Ref("u1"), Ref("u2"), "plain"])
        print(proto, f.getvalue().hex())
        print(RefUnpickler(io.BytesIO(f.getvalue())).load())
    except Exception as e:
        print(proto, type(e).__name__, e)


class StrIds(pickle.Pickler):
    def persistent_id(self, obj):
        return "id-" + obj.key if isinstance(obj, Ref) else None


f = io.BytesIO()
StrIds(f, 0).dump([Ref("u1")])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: pid.upper()
print(u.load())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print(e)

# Memo proxies: reuse a pickler's memo across dumps.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ["shared"]
p.dump(shared)
memo = p.memo.copy()
print(sorted((v[0], v[1]) for v in memo.values()))
p.dump([shared])
print(f.getvalue().hex())
p.memo.clear()
p.dump([shared])
print(f.getvalue().hex())
p.memo = memo
print(len(p.memo.copy()))
u = pickle.Unpickler(io.BytesIO(pickle.dumps([["a"], "b"], 2)))
print(u.load(), sorted(u.memo.copy().items()))
u.memo.clear()
print(u.memo.copy())
