package dev.krait.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * More methods that {@code bytes} and {@code bytearray} share: padding and justification,
 * ASCII case conversion by words, tab expansion, translation and affix removal. Like
 * {@link BytesMethods}, each is a static method taking the object first, and a byte-string
 * result has the object's type.
 *
 * <p>CPython counterpart: Objects/bytes_methods.c and Objects/stringlib/transmogrify.h.
 */
public final class BytesFormatting {
    private BytesFormatting() {}

    /** An integer argument that must fit a C int. */
    static int cInt(PyObject o) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static byte[] data(PyObject self) {
        return self instanceof PyBytes b ? b.array() : ((PyByteArray) self).toArray();
    }

    private static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : PyBytes.of(b);
    }

    private static byte fill(PyObject fillchar, String method) {
        if (fillchar == null) {
            return ' ';
        }
        byte[] f = PyBytes.bytesLikeOrNull(fillchar);
        if (f == null || f.length != 1) {
            throw PyExceptions.typeError(method + "() argument 2 must be a byte string of length "
                    + "1, not " + fillchar.type().getName());
        }
        return f[0];
    }

    private static int width(PyObject w) {
        PyInt i = Numbers.index(w);
        return i.isSmall() ? (int) Math.max(Math.min(i.longValue(), Integer.MAX_VALUE - 8), -1)
                : i.signum() < 0 ? -1 : Integer.MAX_VALUE - 8;
    }

    /** Pads {@code b} to {@code w} with {@code left} fill bytes first. */
    private static PyObject pad(PyObject self, byte[] b, int w, int left, byte f) {
        if (w <= b.length) {
            return make(self, b.clone());
        }
        byte[] r = new byte[w];
        Arrays.fill(r, f);
        System.arraycopy(b, 0, r, left, b.length);
        return make(self, r);
    }

    @Exposed("center($self, width, fillchar=b' ', /)")
    public static PyObject center(PyObject self, PyObject width, PyObject fillchar) {
        byte[] b = data(self);
        int w = width(width);
        byte f = fill(fillchar, "center");
        int marg = w - b.length;
        // CPython: Objects/stringlib/transmogrify.h stringlib_center (odd margins go left
        // when the width is odd)
        int left = marg / 2 + (marg & w & 1);
        return pad(self, b, w, Math.max(left, 0), f);
    }

    @Exposed("ljust($self, width, fillchar=b' ', /)")
    public static PyObject ljust(PyObject self, PyObject width, PyObject fillchar) {
        return pad(self, data(self), width(width), 0, fill(fillchar, "ljust"));
    }

    @Exposed("rjust($self, width, fillchar=b' ', /)")
    public static PyObject rjust(PyObject self, PyObject width, PyObject fillchar) {
        byte[] b = data(self);
        int w = width(width);
        return pad(self, b, w, Math.max(w - b.length, 0), fill(fillchar, "rjust"));
    }

    @Exposed("zfill($self, width, /)")
    public static PyObject zfill(PyObject self, PyObject width) {
        byte[] b = data(self);
        int w = width(width);
        if (w <= b.length) {
            return make(self, b.clone());
        }
        byte[] r = new byte[w];
        int fillCount = w - b.length;
        Arrays.fill(r, 0, fillCount, (byte) '0');
        System.arraycopy(b, 0, r, fillCount, b.length);
        if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            r[0] = b[0];
            r[fillCount] = '0';
        }
        return make(self, r);
    }

    @Exposed("expandtabs($self, /, tabsize=8)")
    public static PyObject expandtabs(PyObject self, PyObject tabsize) {
        byte[] b = data(self);
        long size = tabsize == null ? 8 : cInt(tabsize);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int column = 0;
        for (byte c : b) {
            if (c == '\t') {
                if (size > 0) {
                    int n = (int) (size - column % size);
                    for (int k = 0; k < n; k++) {
                        out.write(' ');
                    }
                    column += n;
                }
            } else {
                out.write(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return make(self, out.toByteArray());
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    @Exposed(value = "capitalize($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject capitalize(PyObject self) {
        byte[] b = data(self).clone();
        for (int k = 0; k < b.length; k++) {
            int c = b[k] & 0xff;
            if (k == 0 && isLower(c)) {
                b[k] = (byte) (c - 32);
            } else if (k > 0 && isUpper(c)) {
                b[k] = (byte) (c + 32);
            }
        }
        return make(self, b);
    }

    @Exposed(value = "title($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject title(PyObject self) {
        byte[] b = data(self).clone();
        boolean previousCased = false;
        for (int k = 0; k < b.length; k++) {
            int c = b[k] & 0xff;
            if (isLower(c) && !previousCased) {
                b[k] = (byte) (c - 32);
            } else if (isUpper(c) && previousCased) {
                b[k] = (byte) (c + 32);
            }
            previousCased = isLower(c) || isUpper(c);
        }
        return make(self, b);
    }

    @Exposed(value = "istitle($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean istitle(PyObject self) {
        boolean cased = false;
        boolean previousCased = false;
        for (byte x : data(self)) {
            int c = x & 0xff;
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean caseTest(PyObject self, boolean upper) {
        boolean cased = false;
        for (byte x : data(self)) {
            int c = x & 0xff;
            if (upper ? isLower(c) : isUpper(c)) {
                return false;
            }
            cased |= upper ? isUpper(c) : isLower(c);
        }
        return cased;
    }

    @Exposed(value = "isupper($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean isupper(PyObject self) {
        return caseTest(self, true);
    }

    @Exposed(value = "islower($self, /)", signature = Exposed.Signature.HIDDEN)
    public static boolean islower(PyObject self) {
        return caseTest(self, false);
    }

    @Exposed("translate($self, table, /, delete=b'')")
    public static PyObject translate(PyObject self, PyObject table, PyObject delete) {
        byte[] b = data(self);
        byte[] t = null;
        if (table != PyNone.NONE) {
            t = PyBytes.requireBytesLike(table);
            if (t.length != 256) {
                throw PyExceptions.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] drop = new boolean[256];
        if (delete != null) {
            for (byte x : PyBytes.requireBytesLike(delete)) {
                drop[x & 0xff] = true;
            }
        }
        // one pass into an array of the input's size, trimmed if bytes were deleted (a
        // synchronized ByteArrayOutputStream.write per byte cost some 20 ns each)
        byte[] out = new byte[b.length];
        int n = 0;
        for (byte x : b) {
            if (!drop[x & 0xff]) {
                out[n++] = t == null ? x : t[x & 0xff];
            }
        }
        return make(self, n == out.length ? out : Arrays.copyOf(out, n));
    }

    @Exposed("removeprefix($self, prefix, /)")
    public static PyObject removeprefix(PyObject self, PyObject prefix) {
        byte[] b = data(self);
        byte[] p = PyBytes.requireBytesLike(prefix);
        boolean has = p.length <= b.length && Arrays.equals(b, 0, p.length, p, 0, p.length);
        return make(self, has ? Arrays.copyOfRange(b, p.length, b.length) : b.clone());
    }

    @Exposed("removesuffix($self, suffix, /)")
    public static PyObject removesuffix(PyObject self, PyObject suffix) {
        byte[] b = data(self);
        byte[] p = PyBytes.requireBytesLike(suffix);
        boolean has = p.length > 0 && p.length <= b.length
                && Arrays.equals(b, b.length - p.length, b.length, p, 0, p.length);
        return make(self, has ? Arrays.copyOf(b, b.length - p.length) : b.clone());
    }
}
