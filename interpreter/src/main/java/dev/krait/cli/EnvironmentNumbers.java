package dev.krait.cli;

import java.util.OptionalLong;

/**
 * The numbers start-up reads from variables and {@code -X} options, read the way CPython's C
 * code reads them ({@code strtol}: leading blanks and a sign allowed, nothing after the digits),
 * with the fatal errors CPython stops with when one is out of range.
 *
 * <p>CPython counterpart: Python/preconfig.c {@code _Py_str_to_int}, Python/initconfig.c
 * {@code config_wstr_to_int}, {@code config_init_hash_seed}, {@code config_init_tracemalloc},
 * {@code config_init_int_max_str_digits} and {@code config_init_import}.
 */
final class EnvironmentNumbers {
    /** The smallest limit {@code int_max_str_digits} accepts, other than 0. */
    // CPython: Include/internal/pycore_long.h _PY_LONG_MAX_STR_DIGITS_THRESHOLD
    static final int INT_MAX_STR_DIGITS_THRESHOLD = 640;

    private static final long MAX_HASH_SEED = 4294967295L;
    private static final String PREINITIALIZED = "preinitialized";

    private EnvironmentNumbers() {}

    /** A C {@code int} as {@code strtol} reads the whole text, or null if it is not one. */
    // CPython: Python/preconfig.c _Py_str_to_int
    static Integer parseInt(String text) {
        Long value = strtol(text);
        return value == null || value != (int) (long) value ? null : (int) (long) value;
    }

    /**
     * {@code strtol(text, &end, 10)} followed by a check that {@code end} is the end: blanks,
     * a sign, digits. No digits at all reads as 0 with {@code end} at the start, which only the
     * empty text passes. Null if that check fails or the number overflows.
     */
    private static Long strtol(String text) {
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
        int digits = i;
        long value = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + (text.charAt(i) - '0');
            if (value > 1L << 40) {
                return null; // beyond any int and any hash seed; where exactly does not matter
            }
            i++;
        }
        if (i == digits) {
            return text.isEmpty() ? 0L : null;
        }
        return i == n ? (negative ? -value : value) : null;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** PYTHONHASHSEED: a seed from 0 to 4294967295, or empty for {@code random} (or unset). */
    // CPython: Python/initconfig.c config_init_hash_seed
    static OptionalLong hashSeed(String text) throws EarlyExit {
        if (text == null || text.equals("random")) {
            return OptionalLong.empty();
        }
        // strtoul: like strtol, but a minus sign negates in unsigned arithmetic, so "-0" is 0 and
        // any other negative number is too large.
        Long value = strtol(text);
        boolean negative = text.stripLeading().startsWith("-");
        if (value == null || text.isEmpty() || (negative && value != 0)
                || Math.abs(value) > MAX_HASH_SEED) {
            throw EarlyExit.fatal("config_init_hash_seed", "PYTHONHASHSEED must be \"random\""
                    + " or an integer in range [0; 4294967295]", PREINITIALIZED);
        }
        return OptionalLong.of(Math.abs(value));
    }

    /**
     * How many frames {@code tracemalloc} keeps: PYTHONTRACEMALLOC's number, then
     * {@code -X tracemalloc=N} ({@code -X tracemalloc} alone means 1); 0 when neither is given.
     */
    // CPython: Python/initconfig.c config_init_tracemalloc
    static int tracemalloc(String variable, String xOption) throws EarlyExit {
        int frames = 0;
        if (variable != null) {
            Integer n = parseInt(variable);
            if (n == null || n < 0) {
                throw EarlyExit.fatal("config_init_tracemalloc",
                        "PYTHONTRACEMALLOC: invalid number of frames", PREINITIALIZED);
            }
            frames = n;
        }
        if (xOption != null) {
            int eq = xOption.indexOf('=');
            Integer n = eq < 0 ? Integer.valueOf(1) : parseInt(xOption.substring(eq + 1));
            if (n == null || n < 0) {
                throw EarlyExit.fatal("config_init_tracemalloc",
                        "-X tracemalloc=NFRAME: invalid number of frames", PREINITIALIZED);
            }
            frames = n;
        }
        if (frames > dev.krait.modules.tracemalloc.TracemallocModule.maxNframe()) {
            // CPython parses the number, then fails when starting tracemalloc with it
            throw EarlyExit.fatalWithException("init_interp_main",
                    "can't initialize tracemalloc", "core initialized", "ValueError: "
                            + dev.krait.modules.tracemalloc.TracemallocModule
                                    .nframeRangeMessage());
        }
        return frames;
    }

    /**
     * {@code sys.flags.int_max_str_digits}: PYTHONINTMAXSTRDIGITS, then
     * {@code -X int_max_str_digits=N}, each 0 or at least 640; -1 when neither is given.
     */
    // CPython: Python/initconfig.c config_init_int_max_str_digits
    static int intMaxStrDigits(String variable, String xOption) throws EarlyExit {
        int limit = -1;
        if (variable != null) {
            Integer n = parseInt(variable);
            if (n == null || !validLimit(n)) {
                throw EarlyExit.fatal("config_init_int_max_str_digits",
                        "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= "
                        + INT_MAX_STR_DIGITS_THRESHOLD + " or 0 for unlimited.", PREINITIALIZED);
            }
            limit = n;
        }
        if (xOption != null) {
            int eq = xOption.indexOf('=');
            Integer n = eq < 0 ? null : parseInt(xOption.substring(eq + 1));
            if (n == null || !validLimit(n)) {
                throw EarlyExit.fatal("config_init_int_max_str_digits",
                        "-X int_max_str_digits: invalid limit; must be >= "
                        + INT_MAX_STR_DIGITS_THRESHOLD + " or 0 for unlimited.", PREINITIALIZED);
            }
            limit = n;
        }
        return limit;
    }

    private static boolean validLimit(int n) {
        return n == 0 || n >= INT_MAX_STR_DIGITS_THRESHOLD;
    }

    /** {@code -X frozen_modules}: {@code on}, {@code off}, or nothing (meaning on). */
    // CPython: Python/initconfig.c config_init_import
    static void checkFrozenModules(String xOption) throws EarlyExit {
        if (xOption == null) {
            return;
        }
        int eq = xOption.indexOf('=');
        String value = eq < 0 ? "" : xOption.substring(eq + 1);
        if (!value.isEmpty() && !value.equals("on") && !value.equals("off")) {
            throw EarlyExit.fatal(null, "bad value for option -X frozen_modules "
                    + "(expected \"on\" or \"off\")", PREINITIALIZED);
        }
    }
}
