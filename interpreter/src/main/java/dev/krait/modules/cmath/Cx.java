package dev.krait.modules.cmath;

/**
 * A complex result and the error C would signal through {@code errno}: none, a domain error
 * (C99's divide-by-zero or invalid: ValueError) or a range error (overflow: OverflowError).
 * The cmath functions compute a value and a verdict together, as CPython's {@code c_*}
 * functions do, and the module turns the verdict into the exception.
 *
 * <p>CPython counterpart: {@code Py_complex} with {@code errno} in Modules/cmathmodule.c.
 */
record Cx(double re, double im, int errno) {
    static final int OK = 0;
    static final int EDOM = 1;
    static final int ERANGE = 2;

    Cx(double re, double im) {
        this(re, im, OK);
    }

    Cx withErrno(int e) {
        return new Cx(re, im, e);
    }

    Cx neg() {
        return new Cx(-re, -im, errno);
    }
}
