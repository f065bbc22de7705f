# Message authentication with hmac: RFC 4231 vectors, signing and verifying messages, every way
# of naming the digest, copies, and the errors.
import hashlib
import hmac

# RFC 4231 test case 2 and 6 (a key longer than the block)
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
               hashlib.sha512).hexdigest())
for digestmod in ["md5", "sha1", "sha224", "sha384", "sha3_256", "sha512_256", "blake2s",
                  "ripemd160", "sm3", "SHA256", hashlib.sha256, hashlib.blake2b,
                  lambda: hashlib.new("sha1")]:
    mac = hmac.new(b"secret-key", b"payload", digestmod)
    label = digestmod if isinstance(digestmod, str) else getattr(digestmod, "__name__", "?")
    print(label, mac.name, mac.digest_size, mac.block_size, mac.hexdigest()[:24],
          hmac.digest(b"secret-key", b"payload", digestmod) == mac.digest())


def sign(key, message):
    return message + b"." + hmac.new(key, message, "sha256").hexdigest().encode()


def verify(key, token):
    message, _, signature = token.rpartition(b".")
    expected = hmac.new(key, message, "sha256").hexdigest().encode()
    return hmac.compare_digest(expected, signature)


token = sign(b"k1", b"user=ada;role=admin")
print(token)
print(verify(b"k1", token), verify(b"k2", token), verify(b"k1", token.replace(b"admin", b"root")))

mac = hmac.new(b"key", digestmod="sha1")
for part in [b"a", b"bc", b"", b"d" * 100]:
    mac.update(part)
snapshot = mac.copy()
mac.update(b"!")
print(snapshot.hexdigest(), mac.hexdigest(), hmac.new(b"key", b"abc" + b"d" * 100, "sha1").hexdigest())
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest(b"abc", bytearray(b"abd")))

bad_calls = [
    lambda: hmac.new(b"key"),
    lambda: hmac.new("key", b"m", "sha256"),
    lambda: hmac.new(b"key", "m", "sha256"),
    lambda: hmac.new(b"key", b"m", "nope"),
    lambda: hmac.digest(b"key", b"m", "nope"),
    lambda: hmac.compare_digest("abc", b"abc"),
    lambda: hmac.compare_digest("é", "é"),
    lambda: hmac.compare_digest(1, 2),
]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
