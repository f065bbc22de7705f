# The hash modules' errors: str data, non-buffers, argument conversion, BLAKE2's limits.
import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512

B = _blake2.blake2b
S = _blake2.blake2s


def attempt(text):
    try:
        result = eval(text)
    except Exception as e:
        print(text, '->', type(e).__name__, e)
    else:
        print(text, '->', result)


for new in ('_md5.md5', '_sha1.sha1', '_sha256.sha224', '_sha512.sha512',
            '_sha3.sha3_256', '_sha3.shake_128', 'B', 'S'):
    attempt(new + '("text")')
    attempt(new + '(1)')
    attempt(new + '(None)')
    attempt(new + '().update("text")')
    attempt(new + '().update([1, 2])')
    attempt(new + '().update()')
    attempt(new + '(b"a", b"b")')
    attempt(new + '(bogus=1)')

attempt('_md5.md5(string="abc")')
attempt('_md5.MD5Type()')
attempt('_sha256.SHA256Type(b"")')
attempt('_sha3.sha3_224(data=b"x")')
attempt('_sha3.sha3_224(string=b"x")')

s = _sha3.shake_256(b'x')
for arg in ('', '-1', '2**29', '2**64', '"x"', '1.0', 'True', '1, 2', 'length=3'):
    attempt('s.digest(%s)' % arg)
    attempt('s.hexdigest(%s)' % arg)
attempt('_sha3.sha3_224().digest(1)')

for case in ['B(digest_size=0)', 'B(digest_size=65)', 'S(digest_size=33)',
             'S(digest_size=-1)', 'B(digest_size=1.0)', 'B(digest_size="x")',
             'B(digest_size=2**40)', 'B(digest_size=-2**40)', 'B(key="k")',
             'B(key=b"k"*65)', 'S(key=b"k"*33)', 'B(salt=b"s"*17)', 'S(salt=b"s"*9)',
             'B(person=b"p"*17)', 'S(person=b"p"*9)', 'B(fanout=256)', 'B(fanout=-1)',
             'B(depth=0)', 'S(depth=256)', 'B(leaf_size=2**32)', 'B(leaf_size=-1)',
             'B(leaf_size=1.5)', 'B(leaf_size=2**64)', 'B(node_offset=2**64)',
             'B(node_offset=-1)', 'S(node_offset=2**48)', 'B(node_offset="x")',
             'B(node_depth=256)', 'B(node_depth=-1)', 'B(inner_size=65)', 'S(inner_size=33)',
             'B(key=1)', 'B(key=None)', 'B(data=b"x")', 'B("x", digest_size=0)',
             'B(digest_size=0, key=b"k"*65)', 'B().digest(1)', 'B(salt=b"s", bogus=2)',
             'B(digest_size=True).digest_size', 'S(node_offset=2**48-1).hexdigest()',
             'B(node_offset=2**64-1).hexdigest()', 'B(last_node=[]).hexdigest()']:
    attempt(case)

for base in (_md5.MD5Type, _sha3.sha3_256, _sha3.shake_128, B, S):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(e)

# buffers: a memoryview of several dimensions is read whole; a strided one is refused
import hashlib
square = memoryview(b'abcd').cast('B', (2, 2))
strided = memoryview(b'abcdef')[::2]
for new in (_md5.md5, _sha3.sha3_256, B):
    print(new(square).hexdigest() == new(b'abcd').hexdigest())
    attempt('new(strided)')
    attempt('new().update(strided)')
attempt('B(key=strided)')
attempt('S(salt=square).hexdigest()')

# usedforsecurity is converted as a bool before the data is read, though it changes nothing


class Bad:
    def __bool__(self):
        raise ValueError('no bool')


for new in ('_md5.md5', '_sha512.sha384', '_sha3.sha3_384', '_sha3.shake_256', 'S'):
    attempt(new + '(b"x", usedforsecurity=Bad())')
    attempt(new + '("str", usedforsecurity=Bad())')
    attempt(new + '(b"x", usedforsecurity=0).digest_size')
