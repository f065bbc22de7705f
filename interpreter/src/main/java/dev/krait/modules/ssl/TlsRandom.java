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
 *
 * <p>Krait's engines are given this generator, but the JDK's TLS also draws from the JVM's
 * default one where it takes no generator (RSA-PSS signatures' salt), so {@link #install}
 * puts a provider of it first in the JVM's list, once, when {@code _ssl} is first imported:
 * from then on {@code new SecureRandom()} in the JVM is the kernel's getrandom.
 */
final class TlsRandom {
    private TlsRandom() {}

    /** Stateless (each call asks the kernel), so one instance serves every interpreter. */
    static final SecureRandom INSTANCE = new SecureRandom(new Spi(), null) {};

    private static final String PROVIDER = "KraitGetrandom";

    /** Makes getrandom the JVM's default SecureRandom (a no-op after the first call). */
    static synchronized void install() {
        if (java.security.Security.getProvider(PROVIDER) != null) {
            return;
        }
        java.security.Security.insertProviderAt(new GetrandomProvider(), 1);
    }

    /** The provider of {@link Spi} as the JVM's "Getrandom" SecureRandom. */
    private static final class GetrandomProvider extends java.security.Provider {
        GetrandomProvider() {
            super(PROVIDER, "1.0", "SecureRandom from getrandom(2)");
            putService(new Service(this, "SecureRandom", "Getrandom", Spi.class.getName(),
                    null, java.util.Map.of("ThreadSafe", "true")) {
                @Override
                public Object newInstance(Object parameter) {
                    return new Spi();
                }
            });
        }
    }

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
