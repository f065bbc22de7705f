package dev.krait.objects;

/**
 * The padding methods of {@code str}: {@code center}, {@code ljust}, {@code rjust},
 * {@code zfill} and {@code expandtabs}. Widths are in code points; a width that does not fit a
 * C ssize_t is CPython's OverflowError.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code pad}, {@code unicode_center_impl},
 * {@code unicode_zfill_impl}, {@code unicode_expandtabs_impl}.
 */
public final class StrLayout {
    private StrLayout() {}

    /** An integer argument as a C ssize_t ({@code PyLong_AsSsize_t} after {@code __index__}). */
    static long ssize(PyObject o) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** What CPython raises when a result it could describe cannot be allocated. */
    private static PyException tooBig() {
        return PyExceptions.of(PyExceptions.MemoryError, "");
    }

    /** An integer argument as a C int ({@code _PyLong_AsInt} after {@code __index__}). */
    static int cInt(PyObject o) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** The fill character argument: exactly one code point. */
    private static int fillChar(PyObject fill) {
        if (fill == null) {
            return ' ';
        }
        if (!(fill instanceof PyStr s)) {
            throw PyExceptions.typeError("The fill character must be a unicode character, not "
                    + fill.type().getName());
        }
        if (s.length() != 1) {
            throw PyExceptions.typeError("The fill character must be exactly one character long");
        }
        return s.codePointAt(0);
    }

    // CPython: Objects/unicodeobject.c pad
    private static PyObject pad(PyStr self, long left, long right, int fill) {
        if (left <= 0 && right <= 0) {
            return self.__str__();
        }
        left = Math.max(0, left);
        right = Math.max(0, right);
        if (left > Long.MAX_VALUE - self.length() - right) {
            throw PyExceptions.overflowError("padded string is too long");
        }
        if (left + right + self.length() > Integer.MAX_VALUE - 8) {
            throw tooBig();
        }
        String f = new String(Character.toChars(fill));
        StringBuilder sb = new StringBuilder((int) (left + right) * f.length()
                + self.value().length());
        sb.append(f.repeat((int) left)).append(self.value()).append(f.repeat((int) right));
        return PyStr.of(sb.toString());
    }

    @Exposed("center($self, width, fillchar=' ', /)")
    public static PyObject center(PyStr self, PyObject width, PyObject fillchar) {
        long w = ssize(width);
        int fill = fillChar(fillchar);
        long n = self.length();
        if (n >= w) {
            return self.__str__();
        }
        long marg = w - n;
        long left = marg / 2 + (marg & w & 1);
        return pad(self, left, marg - left, fill);
    }

    @Exposed("ljust($self, width, fillchar=' ', /)")
    public static PyObject ljust(PyStr self, PyObject width, PyObject fillchar) {
        long w = ssize(width);
        int fill = fillChar(fillchar);
        long n = self.length();
        return n >= w ? self.__str__() : pad(self, 0, w - n, fill);
    }

    @Exposed("rjust($self, width, fillchar=' ', /)")
    public static PyObject rjust(PyStr self, PyObject width, PyObject fillchar) {
        long w = ssize(width);
        int fill = fillChar(fillchar);
        long n = self.length();
        return n >= w ? self.__str__() : pad(self, w - n, 0, fill);
    }

    // CPython: Objects/unicodeobject.c unicode_zfill_impl: the sign moves before the zeros
    @Exposed("zfill($self, width, /)")
    public static PyObject zfill(PyStr self, PyObject width) {
        long w = ssize(width);
        long n = self.length();
        if (n >= w) {
            return self.__str__();
        }
        long fill = w - n;
        if (w > Integer.MAX_VALUE - 8) {
            throw tooBig();
        }
        String v = self.value();
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return PyStr.of(v.charAt(0) + "0".repeat((int) fill) + v.substring(1));
        }
        return PyStr.of("0".repeat((int) fill) + v);
    }

    @Exposed("expandtabs($self, /, tabsize=8)")
    public static PyObject expandtabs(PyStr self, PyObject tabsize) {
        int tab = cInt(tabsize);
        String v = self.value();
        if (v.indexOf('\t') < 0) {
            return self.__str__();
        }
        StringBuilder sb = new StringBuilder(v.length() + 16);
        long column = 0;
        int n = self.length();
        for (int i = 0; i < n; i++) {
            int c = self.codePointAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    long spaces = tab - column % tab;
                    if (sb.length() + spaces > Integer.MAX_VALUE - 8) {
                        throw tooBig();
                    }
                    sb.append(" ".repeat((int) spaces));
                    column += spaces;
                }
            } else {
                sb.appendCodePoint(c);
                column++;
                if (c == '\n' || c == '\r') {
                    column = 0;
                }
            }
        }
        return PyStr.of(sb.toString());
    }
}
