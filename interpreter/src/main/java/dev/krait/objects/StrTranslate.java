package dev.krait.objects;

/**
 * Character mapping of {@code str}: {@code str.maketrans} builds a table (a dict from code
 * points to code points, strs or None) and {@code translate} applies any mapping whose
 * {@code __getitem__} answers for code points.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code unicode_maketrans_impl},
 * {@code _PyUnicode_TranslateCharmap}, {@code charmaptranslate_lookup}.
 */
public final class StrTranslate {
    private StrTranslate() {}

    @Exposed(value = "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)",
            kind = Exposed.Kind.STATIC)
    public static PyObject maketrans(PyObject x, PyObject y, PyObject z) {
        if (y != null && !(y instanceof PyStr)) {
            throw PyExceptions.typeError("maketrans() argument 2 must be str, not "
                    + y.type().getName());
        }
        if (z != null && !(z instanceof PyStr)) {
            throw PyExceptions.typeError("maketrans() argument 3 must be str, not "
                    + z.type().getName());
        }
        PyDict table = new PyDict();
        if (y != null) {
            if (!(x instanceof PyStr from)) {
                throw PyExceptions.typeError("first maketrans argument must be a string if there "
                        + "is a second argument");
            }
            PyStr to = (PyStr) y;
            if (from.length() != to.length()) {
                throw PyExceptions.valueError("the first two maketrans arguments must have equal "
                        + "length");
            }
            for (int i = 0; i < from.length(); i++) {
                table.setItem(PyInt.of(from.codePointAt(i)), PyInt.of(to.codePointAt(i)));
            }
            if (z != null) {
                PyStr none = (PyStr) z;
                for (int i = 0; i < none.length(); i++) {
                    table.setItem(PyInt.of(none.codePointAt(i)), PyNone.NONE);
                }
            }
            return table;
        }
        if (!(x instanceof PyDict d)) {
            throw PyExceptions.typeError("if you give only one argument to maketrans it must be "
                    + "a dict");
        }
        for (PyObject key : Iteration.toList(d)) {
            PyObject value = d.getItem(key);
            if (key instanceof PyStr s) {
                if (s.length() != 1) {
                    throw PyExceptions.valueError("string keys in translate table must be of "
                            + "length 1");
                }
                table.setItem(PyInt.of(s.codePointAt(0)), value);
            } else if (key instanceof PyInt) {
                table.setItem(key, value);
            } else {
                throw PyExceptions.typeError("keys in translate table must be strings or "
                        + "integers");
            }
        }
        return table;
    }

    // CPython: Objects/unicodeobject.c _PyUnicode_TranslateCharmap, charmaptranslate_lookup
    @Exposed("translate($self, table, /)")
    public static PyObject translate(PyStr self, PyObject table) {
        int n = self.length();
        StringBuilder sb = new StringBuilder(n);
        int i = self.isAscii() ? translateAscii(self, table, sb) : 0;
        for (; i < n; i++) {
            int c = self.codePointAt(i);
            PyObject r = lookup(table, c);
            if (r == null) {
                sb.appendCodePoint(c);
            } else if (r != PyNone.NONE) {
                append(sb, r);
            }
        }
        return PyStr.of(sb.toString());
    }

    /**
     * The fast path for an ASCII string whose characters map to ASCII characters or to
     * nothing: each character's mapping is looked up once per call and remembered. Stops
     * (returning the position reached, from which the general loop goes on) at a character
     * that maps to anything else, as CPython's unicode_fast_translate does (str.translate
     * passes "ignore", so deletions stay on the fast path), so that a mapping's __getitem__
     * sees the calls it sees in CPython.
     */
    private static int translateAscii(PyStr self, PyObject table, StringBuilder sb) {
        String v = self.value();
        int n = v.length();
        // 0: not looked up yet; DELETE: maps to None; 1 + the character it maps to, otherwise
        // (up to 128, so not a byte)
        short[] known = new short[128];
        for (int i = 0; i < n; i++) {
            int c = v.charAt(i);
            short k = known[c];
            if (k == 0) {
                PyObject r = lookup(table, c);
                if (r == null) {
                    k = (short) (c + 1);
                } else if (r == PyNone.NONE) {
                    k = DELETE;
                } else if (r instanceof PyInt x && x.longValue() < 128) {
                    k = (short) (x.longValue() + 1);
                } else if (r instanceof PyStr x && x.length() == 1 && x.codePointAt(0) < 128) {
                    k = (short) (x.codePointAt(0) + 1);
                } else {
                    return i;
                }
                known[c] = k;
            }
            if (k != DELETE) {
                sb.append((char) (k - 1));
            }
        }
        return n;
    }

    private static final short DELETE = -1;

    /**
     * What {@code table} maps code point {@code c} to, null when it has no mapping (a
     * LookupError); an exact dict is asked without raising and catching a KeyError per
     * character. CPython: charmaptranslate_lookup.
     */
    private static PyObject lookup(PyObject table, int c) {
        PyObject r;
        if (table instanceof PyDict d && table.type() == PyDict.TYPE) {
            r = d.getItem(PyInt.of(c));
            if (r == null) {
                return null;
            }
        } else {
            try {
                r = Containers.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (Ops.isInstance(e.value, PyExceptions.LookupError)) {
                    return null;
                }
                throw e;
            }
        }
        if (r == PyNone.NONE || r instanceof PyStr) {
            return r;
        }
        if (r instanceof PyInt v) {
            if (!v.isSmall() || v.longValue() < 0 || v.longValue() > 0x10FFFF) {
                throw PyExceptions.valueError("character mapping must be in range(0x110000)");
            }
            return r;
        }
        throw PyExceptions.typeError("character mapping must return integer, None or str");
    }

    private static void append(StringBuilder sb, PyObject r) {
        if (r instanceof PyInt v) {
            sb.appendCodePoint((int) v.longValue());
        } else {
            sb.append(((PyStr) r).value());
        }
    }
}
