/**
 * The hash modules that CPython's pure-Python {@code hashlib} falls back on when OpenSSL's
 * {@code _hashlib} is missing (as it always is in Krait): {@code _md5}, {@code _sha1},
 * {@code _sha256}, {@code _sha512} (over {@code java.security.MessageDigest}), {@code _sha3}
 * (Keccak written here from FIPS 202) and {@code _blake2} (written here from RFC 7693).
 *
 * <p>CPython counterpart: Modules/md5module.c, sha1module.c, sha256module.c, sha512module.c,
 * _sha3/sha3module.c, _blake2/blake2module.c, blake2b_impl.c, blake2s_impl.c.
 */
package dev.krait.modules.hashes;
