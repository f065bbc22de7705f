package dev.krait.modules.hashlib;

import dev.krait.modules.hashes.Blake2;
import dev.krait.modules.hashes.Keccak;
import java.security.MessageDigest;

/**
 * One running digest computation, whatever computes it: OpenSSL's {@code EVP_MD_CTX} as
 * {@code _hashlib}'s objects, HMAC and PBKDF2 need it. {@link #finish} works on a copy, so that
 * hashing may go on after a digest is taken, as CPython's {@code EVP_digest} does.
 */
interface Engine {
    void update(byte[] data);

    /** The digest of what was fed so far ({@code length} bytes for an XOF), state untouched. */
    byte[] finish(int length);

    Engine copy();

    /** A JDK {@link MessageDigest}: MD5, SHA-1, the SHA-2 family and SHA-3. */
    record Jdk(MessageDigest md) implements Engine {
        @Override
        public void update(byte[] data) {
            md.update(data);
        }

        @Override
        public byte[] finish(int length) {
            return copy().md.digest();
        }

        @Override
        public Jdk copy() {
            try {
                return new Jdk((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's " + md.getAlgorithm()
                        + " cannot be cloned", e);
            }
        }
    }

    /** A Keccak sponge: SHAKE's extendable output. */
    record Sponge(Keccak sponge) implements Engine {
        @Override
        public void update(byte[] data) {
            sponge.absorb(data);
        }

        @Override
        public byte[] finish(int length) {
            return sponge.squeeze(length);
        }

        @Override
        public Sponge copy() {
            return new Sponge(sponge.copy());
        }
    }

    /** An unkeyed BLAKE2 state, as OpenSSL's {@code blake2b512} and {@code blake2s256}. */
    record Blake(Blake2 state) implements Engine {
        @Override
        public void update(byte[] data) {
            state.update(data);
        }

        @Override
        public byte[] finish(int length) {
            return state.digest();
        }

        @Override
        public Blake copy() {
            return new Blake(state.copy());
        }
    }

    /**
     * OpenSSL's {@code md5-sha1} (the TLS 1.0 handshake hash): the MD5 digest followed by the
     * SHA-1 digest of the same input.
     */
    // OpenSSL: crypto/md5/md5_sha1.c
    record Concat(Engine first, Engine second, int firstLength, int secondLength)
            implements Engine {
        @Override
        public void update(byte[] data) {
            first.update(data);
            second.update(data);
        }

        @Override
        public byte[] finish(int length) {
            byte[] out = new byte[firstLength + secondLength];
            System.arraycopy(first.finish(firstLength), 0, out, 0, firstLength);
            System.arraycopy(second.finish(secondLength), 0, out, firstLength, secondLength);
            return out;
        }

        @Override
        public Concat copy() {
            return new Concat(first.copy(), second.copy(), firstLength, secondLength);
        }
    }
}
