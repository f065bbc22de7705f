# BLAKE2b and BLAKE2s: digest sizes, keys, salts, personalization, tree parameters.
import hashlib
import _blake2

INPUTS = [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 127, b'a' * 128,
          b'a' * 129, b'a' * 256, bytes(range(256)) * 20]

for new in (_blake2.blake2b, _blake2.blake2s):
    name = new.__name__
    for data in INPUTS:
        h = new(data)
        assert h.digest() == getattr(hashlib, name)(data).digest()
        print(name, len(data), h.hexdigest())
    for size in (1, 7, 16, 20, 32, new.MAX_DIGEST_SIZE):
        h = new(b'sized', digest_size=size)
        print(name, size, h.digest_size, h.hexdigest())
    options = [
        dict(key=b'k'),
        dict(key=b'K' * new.MAX_KEY_SIZE),
        dict(key=b'secret', digest_size=16),
        dict(salt=b's' * new.SALT_SIZE),
        dict(salt=b'salt'),
        dict(person=b'me'),
        dict(person=b'P' * new.PERSON_SIZE),
        dict(fanout=0, depth=3, leaf_size=4096, node_offset=2 ** 40, node_depth=2,
             inner_size=20),
        dict(fanout=2, depth=2, leaf_size=2 ** 32 - 1, node_offset=1, node_depth=1,
             inner_size=new.MAX_DIGEST_SIZE, last_node=True),
        dict(last_node=True),
        dict(key=b'key', salt=b'salt', person=b'pers', digest_size=16,
             usedforsecurity=False),
        dict(key=bytearray(b'k'), salt=memoryview(b'sa'), person=bytearray(b'p')),
    ]
    for kw in options:
        for data in (b'', b'hello world', b'z' * 300):
            print(name, sorted(kw), len(data), new(data, **kw).hexdigest())
    data = bytes(range(256)) * 5
    for chunk in (1, 13, 64, 128, 129, 500):
        h = new(key=b'chunks')
        for i in range(0, len(data), chunk):
            h.update(data[i:i + chunk])
        assert h.digest() == new(data, key=b'chunks').digest(), (name, chunk)
    h = new(b'prefix', digest_size=24, person=b'copy')
    c = h.copy()
    first = h.hexdigest()
    c.update(b'-copy')
    h.update(b'-original')
    print(name, first, h.hexdigest(), c.hexdigest(), c.digest_size, type(c) is new)
    print(name, h.name, h.block_size, new.SALT_SIZE, new.PERSON_SIZE, new.MAX_KEY_SIZE,
          new.MAX_DIGEST_SIZE)

print([(k, getattr(_blake2, k)) for k in dir(_blake2) if k.isupper()])
print(hashlib.blake2b(b'a' * 1000000).hexdigest())
print(hashlib.blake2s(b'a' * 1000000).hexdigest())
