package dev.krait.text;

import java.util.function.IntSupplier;

/**
 * Where int/str conversions read {@code sys.int_max_str_digits} (CPython 3.11's guard against
 * quadratic conversions of huge numbers): the int type's conversions and the parser's int
 * literals. The value belongs to each interpreter, which lives in the runtime layer above this
 * package; the runtime installs {@link #source} once, answering for the interpreter of the
 * calling thread, so this package never looks upward. Until then (plain Java use of the objects
 * or the parser) CPython's default applies.
 *
 * <p>CPython counterpart: Include/internal/pycore_long.h {@code _PY_LONG_DEFAULT_MAX_STR_DIGITS}
 * and {@code PyInterpreterState.int_max_str_digits}.
 */
public final class IntStrLimit {
    private IntStrLimit() {}

    /** CPython's default limit. */
    public static final int DEFAULT = 4300;

    /**
     * Answers the calling thread's interpreter's limit (0 means no limit); set by the runtime at
     * class-initialisation time, never changed afterwards.
     */
    public static volatile IntSupplier source = () -> DEFAULT;

    /** The limit in force for the calling thread. */
    public static int current() {
        return source.getAsInt();
    }
}
