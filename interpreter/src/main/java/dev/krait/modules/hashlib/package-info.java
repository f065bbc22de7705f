/**
 * The {@code _hashlib} module: what CPython's OpenSSL binding gives {@code hashlib} and
 * {@code hmac} (named digests, HMAC, PBKDF2, scrypt), computed here without OpenSSL over the
 * JDK's {@link java.security.MessageDigest} and the engines of {@code dev.krait.modules.hashes}.
 *
 * <p>CPython counterpart: Modules/_hashopenssl.c.
 */
package dev.krait.modules.hashlib;
