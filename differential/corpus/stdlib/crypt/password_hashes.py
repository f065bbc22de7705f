# Password hashes as a login check makes them: every method crypt finds in libcrypt, fixed
# salts (so the hashes are reproducible), a round trip through mksalt, and the errors.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import crypt
print([str(x.message) for x in w])
print([m.name for m in crypt.methods])
print(crypt.crypt('secret', 'ab'), crypt.crypt('secret', '$6$saltsalt$'), crypt.crypt('secret', '$5$rounds=1000$abc$'), crypt.crypt('pw', '$1$xyz$'))
h = crypt.crypt('hunter2', crypt.mksalt(crypt.METHOD_SHA512))
print(h.startswith('$6$'), crypt.crypt('hunter2', h) == h, crypt.crypt('wrong', h) == h)
import _crypt
for bad in [lambda: _crypt.crypt(1, 'ab'), lambda: _crypt.crypt('a', b'ab'), lambda: _crypt.crypt('a\0', 'ab'), lambda: _crypt.crypt('a')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(repr(_crypt.crypt('x', '')), repr(_crypt.crypt('x', '$9$')))
