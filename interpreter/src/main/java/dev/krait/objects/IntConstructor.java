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
            if (!(x instanceof PyStr s)) {
                throw PyExceptions.typeError("int() can't convert non-string with explicit base");
            }
            result = parse(s.toString(), b);
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

    static PyInt parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyExceptions.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        boolean neg = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int b = base;
        String lower = s.toLowerCase();
        if ((b == 0 || b == 16) && lower.startsWith("0x")) {
            b = 16;
            s = s.substring(2);
        } else if ((b == 0 || b == 8) && lower.startsWith("0o")) {
            b = 8;
            s = s.substring(2);
        } else if ((b == 0 || b == 2) && lower.startsWith("0b")) {
            b = 2;
            s = s.substring(2);
        } else if (b == 0) {
            b = 10;
            if (s.length() > 1 && s.replace("_", "").chars().allMatch(c -> c == '0')) {
                // "00" is fine in base 0; "012" is not.
            } else if (s.length() > 1 && s.charAt(0) == '0') {
                throw invalid(text, base);
            }
        }
        if (s.startsWith("_")) {
            s = s.substring(1);
            if (base != 0 && !(s.length() != text.strip().length())) {
                throw invalid(text, base);
            }
        }
        if (s.isEmpty() || s.endsWith("_") || s.contains("__")) {
            throw invalid(text, base);
        }
        String digits = s.replace("_", "");
        try {
            BigInteger v = new BigInteger(digits, b);
            if (digits.startsWith("-") || digits.startsWith("+")) {
                throw invalid(text, base);
            }
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw invalid(text, base);
        }
    }

    private static PyException invalid(String text, int base) {
        return PyExceptions.valueError("invalid literal for int() with base " + base + ": "
                + dev.krait.text.Repr.strRepr(text));
    }
}
