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
            int b = Ops.index(base).intValueExact("int() base must be >= 2 and <= 36, or 0");
            if (x instanceof PyStr s) {
                result = parse(s.toString(), b);
            } else if (PyBytes.bytesLikeCopy(x) != null) {
                result = parseBytes(PyBytes.bytesLikeCopy(x), b);
            } else {
                throw PyExceptions.typeError("int() can't convert non-string with explicit base");
            }
        }
        return PyInt.ofType(cls, result);
    }

    static PyInt fromObject(PyObject x) {
        if (x instanceof PyInt i) {
            return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
        }
        if (x instanceof PyStr s) {
            return parse(s.toString(), 10);
        }
        byte[] bytes = PyBytes.bytesLikeCopy(x);
        if (bytes != null) {
            return parseBytes(bytes, 10);
        }
        if (x instanceof PyFloat f) {
            return (PyInt) FloatMath.toInt(f.value);
        }
        for (String name : new String[] {"__int__", "__index__"}) {
            PyObject m = x.type().lookup(name);
            if (m != null) {
                PyObject r = Ops.callDescriptor(m, x);
                if (!(r instanceof PyInt i)) {
                    throw PyExceptions.typeError(name + " returned non-int (type "
                            + r.type().getName() + ")");
                }
                return i;
            }
        }
        PyObject trunc = x.type().lookup("__trunc__");
        if (trunc != null) {
            return fromObject(Ops.callDescriptor(trunc, x));
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
