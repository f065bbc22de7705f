# SHA-3 and SHAKE (Keccak): fixed digests, extendable output, copies, block boundaries.
import hashlib
import _sha3

INPUTS = [b'', b'abc', b'a' * 71, b'a' * 72, b'a' * 73, b'a' * 103, b'a' * 104,
          b'a' * 135, b'a' * 136, b'a' * 137, b'a' * 143, b'a' * 144, b'a' * 145,
          b'a' * 167, b'a' * 168, b'a' * 169, bytes(range(256)) * 20]

for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512'):
    new = getattr(_sha3, name)
    for data in INPUTS:
        h = new(data)
        assert h.digest() == getattr(hashlib, name)(data).digest()
        print(name, len(data), h.hexdigest())
    h = new(b'abc')
    print(name, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits,
          h._suffix)

for name in ('shake_128', 'shake_256'):
    new = getattr(_sha3, name)
    for data in INPUTS:
        h = new(data)
        assert h.digest(64) == getattr(hashlib, name)(data).digest(64)
        print(name, len(data), h.hexdigest(32))
    h = new(b'The quick brown fox')
    print(name, h.digest(0), h.hexdigest(1), h.hexdigest(500)[-16:], len(h.digest(1000)))
    # a longer output starts with the shorter one
    print(name, h.digest(400)[:50] == h.digest(50))
    print(name, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits,
          h._suffix)

for name in ('sha3_256', 'shake_128'):
    new = getattr(_sha3, name)
    out = (lambda h: h.hexdigest()) if name.startswith('sha3') else (lambda h: h.hexdigest(20))
    data = bytes(range(256)) * 5
    for chunk in (1, 8, 13, 136, 168, 500):
        h = new()
        for i in range(0, len(data), chunk):
            h.update(data[i:i + chunk])
        assert out(h) == out(new(data)), (name, chunk)
    h = new(b'prefix')
    c = h.copy()
    first = out(h)
    c.update(b'-copy')
    h.update(bytearray(b'-original'))
    print(name, first, out(h), out(c), type(c) is new)
    print(name, out(new(memoryview(b'xyz'), usedforsecurity=False)) == out(new(b'xyz')))

print(hashlib.sha3_512(b'a' * 1000000).hexdigest())
print(hashlib.shake_256(b'a' * 1000000).hexdigest(64))
