# The fallback modules as hashlib sees them when OpenSSL's _hashlib is missing (always so in
# Krait): their types, names and documentation.
import sys
sys.modules['_hashlib'] = None

import hashlib
import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    t = type(h)
    print(name, t, t.__module__, t.__name__, h.name, h.digest_size, h.block_size)
    assert type(getattr(hashlib, name)(b'abc')) is t

for m in (_md5, _sha1, _sha256, _sha512, _sha3, _blake2):
    print(m.__name__, [n for n in dir(m) if not n.startswith('__')])
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type,
      _sha512.SHA384Type)
print(_sha3.implementation, _sha3.keccakopt, repr(_blake2.__doc__))

for f in (hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384,
          hashlib.sha512):
    print(f.__name__, f.__doc__)
for t in (_sha3.sha3_224, _sha3.sha3_512, _sha3.shake_128, _blake2.blake2b, _blake2.blake2s):
    print(t.__name__, repr(t.__doc__))
for t in (_md5.MD5Type, _sha3.sha3_256, _sha3.shake_256, _blake2.blake2s):
    print([n for n in sorted(vars(t)) if not n.startswith('__')])
    for meth in ('copy', 'digest', 'hexdigest', 'update'):
        print(' ', meth, getattr(t, meth).__doc__)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
import hmac
print(hmac.new(b'key', b'message', 'sha256').hexdigest())
print(hmac.new(b'key', b'message', hashlib.md5).hexdigest())
print(hmac.digest(b'key', b'message', 'sha512').hex())
