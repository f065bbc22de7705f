package dev.krait.objects;

import java.math.BigInteger;

/**
 * {@code int(x)} and {@code int(text, base)}.
 *
 * <p>CPython counterpart: Objects/longobject.c {@code long_new_impl} and
 * {@code PyLong_FromUnicodeObject}.
 */
final class IntConstructor {
    private IntConstructor() {}

    static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject x = npos > 0 ? args[0] : null;
        PyObject base = npos > 1 ? args[1] : null;
        if (npos > 2) {
            throw PyExceptions.typeError("int() takes at most 2 arguments (" + npos + " given)");
        }
        for (int k = 0; k < nkw; k++) {
            if (kwnames[k].equals("base")) {
                base = args[npos + k];
            } else {
                throw PyExceptions.typeError("'" + kwnames[k]
                        + "' is an invalid keyword argument for int()");
            }
        }
        PyInt result;
        if (x == null) {
            if (base != null) {
                throw PyExceptions.typeError("int() missing string argument");
            }
            result = PyInt.of(0);
        } else if (base == null) {
            result = fromObject(x);
        } else {
            // CPython: long_new_impl takes the base as a clipped Py_ssize_t, so a huge base is
            // out of range like any other.
            PyInt bi = Numbers.index(base);
            long b = bi.isSmall() ? bi.longValue() : Long.MAX_VALUE;
            if ((b != 0 && b < 2) || b > 36) {
                throw PyExceptions.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                result = parse(s.toString(), (int) b);
            } else if (x instanceof PyBytes || x instanceof PyByteArray) {
                result = parseBytes(PyBytes.bytesLikeCopy(x), (int) b);
            } else {
                throw PyExceptions.typeError("int() can't convert non-string with explicit base");
            }
        }
        return PyInt.ofType(cls, result);
    }

    /**
     * {@code int(x)}: the exact types directly; then {@code __int__} (which subclasses of int,
     * float and str may define), {@code __index__}, the deprecated {@code __trunc__}, and text.
     */
    // CPython: Objects/abstract.c PyNumber_Long
    static PyInt fromObject(PyObject x) {
        PyType t = x.type();
        if (t == PyInt.TYPE) {
            return (PyInt) x;
        }
        if (t == PyFloat.TYPE) {
            return (PyInt) FloatMath.toInt(((PyFloat) x).value);
        }
        if (t == PyStr.TYPE) {
            return parse(x.toString(), 10);
        }
        PyObject m = t.lookup("__int__");
        if (m != null) {
            PyObject r = Ops.callDescriptor(m, x);
            if (!(r instanceof PyInt i)) {
                throw PyExceptions.typeError("__int__ returned non-int (type "
                        + r.type().getName() + ")");
            }
            if (i.type() != PyInt.TYPE) {
                Numbers.warnStrictIntSubclass("__int__", i);
                return PyInt.of(i.bigValue());
            }
            return i;
        }
        if (t.lookup("__index__") != null) {
            return Numbers.index(x);
        }
        PyObject trunc = t.lookup("__trunc__");
        if (trunc != null) {
            dev.krait.runtime.WarningsMachinery.warn(
                    PyStr.of("The delegation of int() to __trunc__ is deprecated."),
                    PyExceptions.DeprecationWarning, 1, null);
            PyObject r = Ops.callDescriptor(trunc, x);
            if (r instanceof PyInt i) {
                return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
            }
            if (r.type().lookup("__index__") == null) {
                throw PyExceptions.typeError("__trunc__ returned non-Integral (type "
                        + r.type().getName() + ")");
            }
            return Numbers.index(r);
        }
        if (x instanceof PyStr s) {
            return parse(s.toString(), 10);
        }
        byte[] bytes = PyBytes.bytesLikeOrNull(x);
        if (bytes != null) {
            return parseBytes(bytes, 10);
        }
        throw PyExceptions.typeError("int() argument must be a string, a bytes-like object or a "
                + "real number, not '" + x.type().getName() + "'");
    }

    /** {@code int(b'...', base)}: ASCII text; a bad literal is shown as bytes. */
    // CPython: Objects/longobject.c _PyLong_FromBytes
    static PyInt parseBytes(byte[] bytes, int base) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean ascii = true;
        for (byte b : bytes) {
            ascii &= b >= 0;
        }
        try {
            if (!ascii) {
                // Only ASCII digits and spaces count in bytes; make the parse fail the same way.
                text = "\u0000";
            }
            return parse(text, base);
        } catch (PyException e) {
            PyObject message = Ops.str(e.value);
            if (!message.toString().startsWith("invalid literal")) {
                throw e;
            }
            byte[] shown = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 200));
            throw PyExceptions.valueError("invalid literal for int() with base " + base + ": "
                    + dev.krait.text.Repr.bytesRepr(shown));
        }
    }

    // CPython: Objects/longobject.c PyLong_FromUnicodeObject
    static PyInt parse(String text, int base) {
        return NumberFormatting.parseInt(text, base);
    }

}
