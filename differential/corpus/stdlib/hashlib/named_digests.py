# hashlib.new by every name OpenSSL 3 knows a digest by: Python names, OpenSSL aliases in any
# case, object identifiers; extendable output; copies; names that are not digests.
import hashlib

message = b"Pack my box with five dozen liquor jugs."
print(sorted(hashlib.algorithms_available))
print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_available):
    h = hashlib.new(name, message)
    out = h.hexdigest(20) if name.startswith("shake") else h.hexdigest()
    print(f"{name:11} {h.name:11} {h.digest_size:3} {h.block_size:4} {out}")

aliases = ["MD5", "SHA1", "sha-1", "SHA-224", "SHA2-256", "sha256", "SHA384", "SHA-512",
           "SHA512_224", "sha512-256", "SHA-512/224", "SHA3-256", "sha3-512", "SHAKE128",
           "shake-256", "blake2b512", "BLAKE2s256", "RIPEMD160", "rmd160", "RIPEMD", "SM3",
           "MD5-SHA1", "2.16.840.1.101.3.4.2.1", "1.3.14.3.2.26"]
for alias in aliases:
    h = hashlib.new(alias)
    print(alias, "->", h.name, h.digest_size)

for bad in ["md4", "whirlpool", "SHA3_256", "sha-3", "", "Blake2b"]:
    try:
        hashlib.new(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

# incremental hashing equals one-shot hashing, for every digest and chunking
for name in ["sha256", "sha3_384", "ripemd160", "sm3", "md5-sha1", "sha512_256"]:
    whole = hashlib.new(name, message * 40).hexdigest()
    for step in (1, 7, 64, 200):
        h = hashlib.new(name)
        data = message * 40
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        assert h.hexdigest() == whole, (name, step)
    print(name, "chunks agree", whole[:24])

x = hashlib.new("shake_128", b"seed")
c = x.copy()
c.update(b"more")
print(x.hexdigest(8), c.hexdigest(8), x.digest(3), len(x.digest(1000)))
print(type(x).__name__, type(hashlib.new("sha1")).__name__, type(x).__mro__[1].__name__)
print(hashlib.sha256(b"abc", usedforsecurity=False).hexdigest()[:16])
print(hashlib.new("sha224", data=b"abc").hexdigest()[:16] if False else hashlib.new("sha224", b"abc").hexdigest()[:16])
for args in [(b"sha256",), ("sha256", "text"), ("sha256", 42)]:
    try:
        hashlib.new(*args)
    except TypeError as e:
        print("TypeError", e)
