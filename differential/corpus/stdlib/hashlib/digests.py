# hashlib digests of files and streams, incremental updates, hmac, pbkdf2, blake2 with keys.
import hashlib
import hmac

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    print(name, hashlib.new(name, data).hexdigest())
h = hashlib.sha256()
for chunk in (data[i:i + 7] for i in range(0, len(data), 7)):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h.digest_size, h.block_size, h.name)
c = h.copy()
c.update(b"!")
print(c.hexdigest()[:16], h.hexdigest()[:16])
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(b"").hexdigest(8))
print(hashlib.blake2b(data, digest_size=16, key=b"secret", salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2s(b"", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())
mac = hmac.new(b"key", data, "sha256")
print(mac.hexdigest(), hmac.compare_digest(mac.digest(), hmac.digest(b"key", data, "sha256")))
print(hmac.new(b"k" * 100, b"msg", hashlib.sha1).hexdigest(), mac.name, mac.digest_size)
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(hashlib.md5(b"a", usedforsecurity=False).hexdigest(), hashlib.sha1(memoryview(b"abc")).hexdigest())
