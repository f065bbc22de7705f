# MD5, SHA-1 and SHA-2 through hashlib and through the fallback modules directly.
import hashlib
import _md5
import _sha1
import _sha256
import _sha512

INPUTS = [b'', b'a', b'abc', b'message digest', b'x' * 55, b'x' * 56, b'x' * 63, b'x' * 64,
          b'x' * 65, b'y' * 111, b'y' * 112, b'y' * 127, b'y' * 128, b'y' * 129,
          bytes(range(256)) * 40]

CONSTRUCTORS = [('md5', _md5.md5), ('sha1', _sha1.sha1), ('sha224', _sha256.sha224),
                ('sha256', _sha256.sha256), ('sha384', _sha512.sha384),
                ('sha512', _sha512.sha512)]

for name, new in CONSTRUCTORS:
    for data in INPUTS:
        h = new(data)
        assert h.hexdigest() == getattr(hashlib, name)(data).hexdigest()
        assert h.digest() == hashlib.new(name, data).digest()
        print(name, len(data), h.hexdigest())
    # incremental updates give the one-shot digest, whatever the chunking
    data = bytes(range(256)) * 9
    for chunk in (1, 7, 64, 100, 1000):
        h = new()
        for i in range(0, len(data), chunk):
            h.update(data[i:i + chunk])
        assert h.digest() == new(data).digest(), (name, chunk)
    # a copy goes its own way; digest() does not end the hashing
    h = new(b'prefix')
    c = h.copy()
    first = h.hexdigest()
    c.update(b'-copy')
    h.update(b'-original')
    print(name, first, h.hexdigest(), c.hexdigest(), h.hexdigest() == h.hexdigest())
    print(name, h.name, h.digest_size, h.block_size, c.name, len(h.digest()))
    # any bytes-like object
    print(name, new(bytearray(b'abc')).hexdigest() == new(b'abc').hexdigest(),
          new(memoryview(b'zabcz')[1:4]).hexdigest() == new(b'abc').hexdigest(),
          new(string=b'abc', usedforsecurity=False).hexdigest() == new(b'abc').hexdigest())

# a million bytes
print(hashlib.sha256(b'a' * 1000000).hexdigest())
print(hashlib.md5(b'a' * 1000000).hexdigest())
print(hashlib.sha512(b'a' * 1000000).hexdigest())
