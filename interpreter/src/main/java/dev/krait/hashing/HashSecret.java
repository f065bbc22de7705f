package dev.krait.hashing;

import java.security.SecureRandom;
import java.util.function.Function;

/**
 * The per-interpreter key of the string and bytes hash (SipHash-1-3's k0 and k1), derived from
 * {@code PYTHONHASHSEED} exactly as CPython derives it, so that under the same seed Krait's
 * {@code hash("abc")} and the order of a set of strings are CPython's.
 *
 * <p>An instance, not a static: several interpreters may share one JVM, each with its own seed.
 * The environment lookup is a function so that tests and embedders choose what it sees.
 */
public final class HashSecret {
    /** CPython's message when the variable is neither "random" nor an integer it accepts. */
    public static final String BAD_SEED_MESSAGE =
            "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";

    private static final long MAX_HASH_SEED = 4294967295L;
    /** CPython's secret is a 24-byte union; SipHash reads its first 16 bytes as k0, k1. */
    private static final int SECRET_SIZE = 24;

    private final long k0;
    private final long k1;
    private final boolean randomized;
    private final long seed;

    /** A seed text CPython refuses at start-up (it exits with {@link #BAD_SEED_MESSAGE}). */
    public static final class BadSeedException extends IllegalArgumentException {
        BadSeedException() {
            super(BAD_SEED_MESSAGE);
        }
    }

    private HashSecret(byte[] secret, boolean randomized, long seed) {
        this.k0 = littleEndianLong(secret, 0);
        this.k1 = littleEndianLong(secret, 8);
        this.randomized = randomized;
        this.seed = seed;
    }

    /** The key for this process: reads {@code PYTHONHASHSEED} from the real environment. */
    public static HashSecret fromEnvironment() {
        return fromEnvironment(System::getenv, HashSecret::urandom);
    }

    /**
     * Fills {@code secret} from {@code /dev/urandom}, as CPython's {@code _PyOS_URandomNonblock}
     * does, and only when that cannot be read through a {@link SecureRandom}: setting up the
     * JDK's security providers costs a start-up more than the whole read. Also the source of
     * {@code os.urandom} and of {@code random}'s seed when none is given.
     */
    // CPython: Python/bootstrap_hash.c pyurandom
    public static void urandom(byte[] secret) {
        try (java.io.FileInputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(secret, 0, secret.length) == secret.length) {
                return;
            }
        } catch (java.io.IOException e) {
            // no /dev/urandom here: the JDK's generator below
        }
        new SecureRandom().nextBytes(secret);
    }

    /**
     * The key for the environment {@code getenv} describes; {@code random} supplies the bytes when
     * the seed is unset, empty or {@code "random"}.
     *
     * @throws BadSeedException when CPython would refuse the seed text
     */
    // CPython: Python/initconfig.c config_init_hash_seed, Python/preconfig.c _Py_GetEnv
    public static HashSecret fromEnvironment(Function<String, String> getenv, SecureRandom random) {
        return fromEnvironment(getenv, (java.util.function.Consumer<byte[]>) random::nextBytes);
    }

    /** The same, with {@code randomFill} filling the secret when it is random. */
    public static HashSecret fromEnvironment(Function<String, String> getenv,
            java.util.function.Consumer<byte[]> randomFill) {
        String text = getenv.apply("PYTHONHASHSEED");
        if (text == null || text.isEmpty() || text.equals("random")) {
            byte[] secret = new byte[SECRET_SIZE];
            randomFill.accept(secret);
            return new HashSecret(secret, true, -1);
        }
        return fromSeed(parseSeed(text));
    }

    /** The key CPython uses under {@code PYTHONHASHSEED=seed}; seed 0 disables randomization. */
    // CPython: Python/bootstrap_hash.c _Py_HashRandomization_Init
    public static HashSecret fromSeed(long seed) {
        if (seed < 0 || seed > MAX_HASH_SEED) {
            throw new BadSeedException();
        }
        byte[] secret = new byte[SECRET_SIZE];
        if (seed != 0) {
            lcgFill((int) seed, secret);
        }
        return new HashSecret(secret, seed != 0, seed);
    }

    /** A key given directly, as SipHash's two 64-bit halves. */
    public static HashSecret ofKeys(long k0, long k1) {
        byte[] secret = new byte[SECRET_SIZE];
        for (int i = 0; i < 8; i++) {
            secret[i] = (byte) (k0 >>> (8 * i));
            secret[8 + i] = (byte) (k1 >>> (8 * i));
        }
        return new HashSecret(secret, true, -1);
    }

    /**
     * Reads the seed as C's {@code strtoul(text, &end, 10)} does and accepts it as CPython does:
     * leading white space and a sign are allowed, the whole text must be consumed, and the value
     * (a negative one wraps around, as in C) must not exceed 4294967295.
     */
    // CPython: Python/initconfig.c config_init_hash_seed
    static long parseSeed(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            if (value > MAX_HASH_SEED) {
                overflow = true;
            } else {
                value = value * 10 + (text.charAt(i) - '0');
            }
            i++;
        }
        if (i == digitsStart || i != n || overflow || value > MAX_HASH_SEED) {
            throw new BadSeedException();
        }
        if (negative && value != 0) {
            // strtoul negates in unsigned long arithmetic: the result exceeds the maximum seed.
            throw new BadSeedException();
        }
        return value;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Fills the secret with Microsoft's rand() LCG, as CPython does for a fixed seed. */
    // CPython: Python/bootstrap_hash.c lcg_urandom
    private static void lcgFill(int x0, byte[] buffer) {
        int x = x0;
        for (int i = 0; i < buffer.length; i++) {
            x = x * 214013 + 2531011;
            buffer[i] = (byte) (x >>> 16);
        }
    }

    private static long littleEndianLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    /** SipHash's first key half. */
    public long k0() {
        return k0;
    }

    /** SipHash's second key half. */
    public long k1() {
        return k1;
    }

    /** CPython's {@code sys.flags.hash_randomization}: false only for {@code PYTHONHASHSEED=0}. */
    public boolean randomized() {
        return randomized;
    }

    /** The fixed seed the key came from, or -1 for a random or explicitly given key. */
    public long seed() {
        return seed;
    }
}
