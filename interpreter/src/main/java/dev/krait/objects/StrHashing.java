package dev.krait.objects;

import dev.krait.hashing.HashSecret;
import dev.krait.hashing.PyHashes;

/**
 * The hash of a str. CPython's is SipHash-1-3 over its PEP 393 representation, keyed by
 * PYTHONHASHSEED; CPython has one key per process, so Krait makes one per JVM, from the
 * environment, the first time a str is hashed.
 */
final class StrHashing {
    private StrHashing() {}

    /**
     * Made on first use: a JVM that never hashes a str never reads the seed. A seed CPython
     * refuses is the command line's to report at start-up (CPython exits there); should one get
     * this far, the key is random rather than an error on every later hash.
     */
    private static final class Secret {
        static final HashSecret PROCESS = make();

        private static HashSecret make() {
            try {
                return HashSecret.fromEnvironment();
            } catch (HashSecret.BadSeedException e) {
                return HashSecret.fromEnvironment(name -> null, new java.security.SecureRandom());
            }
        }
    }

    // CPython: Objects/unicodeobject.c unicode_hash
    static long hash(PyStr s) {
        if (s.value().isEmpty()) {
            return 0;
        }
        if (s.isSimple()) {
            return PyHashes.hashStr(Secret.PROCESS, s.value());
        }
        int[] cps = s.codePoints();
        return PyHashes.hashCodePoints(Secret.PROCESS, cps, 0, cps.length);
    }

    /** {@code hash(bytes)}, and of a read-only byte memoryview: the bytes under the same key. */
    // CPython: Python/pyhash.c _Py_HashBytes
    static long hashBytes(byte[] b, int offset, int length) {
        return PyHashes.hashBytes(Secret.PROCESS, b, offset, length);
    }
}
