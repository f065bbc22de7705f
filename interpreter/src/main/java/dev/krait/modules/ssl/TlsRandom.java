package dev.krait.modules.ssl;

import dev.krait.modules.posix.SystemCalls;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/**
 * The randomness of Krait's TLS: the kernel's {@code getrandom(2)}, called for each request.
 * The JDK's default {@code SecureRandom} (NativePRNG) keeps {@code /dev/urandom} open on a file
 * descriptor of the process, and Python programs own the process's descriptors here
 * ({@code os.closerange}, {@code os.dup2}, test suites checking for leaks): once one closes it,
 * every handshake would fail with "nextBytes() failed". OpenSSL's own generator draws from
 * {@code getrandom} too.
 */
final class TlsRandom {
    private TlsRandom() {}

    /** Stateless (each call asks the kernel), so one instance serves every interpreter. */
    static final SecureRandom INSTANCE = new SecureRandom(new Spi(), null) {};

    private static final class Spi extends SecureRandomSpi {
        @Override
        protected void engineSetSeed(byte[] seed) {
            // the kernel's pool needs no seed from us
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            int filled = 0;
            while (filled < bytes.length) {
                byte[] got = SystemCalls.getrandom(bytes.length - filled, 0);
                System.arraycopy(got, 0, bytes, filled, got.length);
                filled += got.length;
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int n) {
            byte[] b = new byte[n];
            engineNextBytes(b);
            return b;
        }
    }
}
