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
        for (int i = 0; i < n; i++) {
            int c = self.codePointAt(i);
            PyObject r;
            try {
                r = Containers.getItem(table, PyInt.of(c));
            } catch (PyException e) {
                if (Ops.isInstance(e.value, PyExceptions.LookupError)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (r instanceof PyInt v) {
                if (!v.isSmall() || v.longValue() < 0 || v.longValue() > 0x10FFFF) {
                    throw PyExceptions.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v.longValue());
            } else if (r instanceof PyStr s) {
                sb.append(s.value());
            } else {
                throw PyExceptions.typeError("character mapping must return integer, None or "
                        + "str");
            }
        }
        return PyStr.of(sb.toString());
    }
}
