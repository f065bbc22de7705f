# Password hashing with PBKDF2 and scrypt: known test vectors, a salted password store, and the
# errors CPython gives for bad parameters.
import hashlib
import hmac

# RFC 6070 PBKDF2-HMAC-SHA1 vectors
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword",
                          b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
for name in ["md5", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2s", "sm3"]:
    key = hashlib.pbkdf2_hmac(name, b"correct horse", b"NaCl", 100)
    print(name, len(key), key.hex()[:32])
print(hashlib.pbkdf2_hmac("sha256", bytearray(b"pw"), memoryview(b"salt"), 3, dklen=70).hex())


class PasswordStore:
    def __init__(self):
        self.users = {}

    def add(self, user, password, salt):
        digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 500)
        self.users[user] = (salt, digest)

    def check(self, user, password):
        salt, digest = self.users[user]
        attempt = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 500)
        return hmac.compare_digest(digest, attempt)


store = PasswordStore()
store.add("ada", "lovelace", b"\x01" * 16)
store.add("alan", "turing", b"\x02" * 16)
print(store.check("ada", "lovelace"), store.check("ada", "babbage"), store.check("alan", "turing"))

# RFC 7914 scrypt vectors (the cheap ones)
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b"pw", salt=b"salt", n=2, r=3, p=2, dklen=10).hex())

bad_calls = [
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", -5),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 2**31),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 2**31),
    lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1.5),
    lambda: hashlib.pbkdf2_hmac(b"sha256", b"p", b"s", 1),
    lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1),
    lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s"),
    lambda: hashlib.scrypt(b"p", n=16, r=1, p=1),
    lambda: hashlib.scrypt(b"p", salt=b"s", n=15, r=1, p=1),
    lambda: hashlib.scrypt(b"p", salt=b"s", r=1, p=1),
    lambda: hashlib.scrypt(b"p", salt=b"s", n=16, r=0, p=1),
    lambda: hashlib.scrypt(b"p", salt=b"s", n=16, r=1, p=1, dklen=0),
    lambda: hashlib.scrypt(b"p", salt=b"s", n=16, r=1, p=1, maxmem=-1),
    lambda: hashlib.scrypt(b"p", salt=b"s", n=2**20, r=8, p=1),
    lambda: hashlib.scrypt(b"p", salt=b"s", n=16.0, r=1, p=1),
    lambda: hashlib.scrypt("p", salt=b"s", n=16, r=1, p=1),
]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
