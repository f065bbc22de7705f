package dev.krait.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code bytes % args} (PEP 461): printf-style formatting of byte strings. The byte-string
 * conversions ({@code %s}, {@code %b}, {@code %r}/{@code %a}, {@code %c}) are done here; the
 * numeric ones are the same as for str, so each is handed to {@link PercentFormat} as a
 * one-conversion format and its ASCII result is taken as bytes.
 *
 * <p>CPython counterpart: Objects/bytesobject.c {@code _PyBytes_FormatEx}.
 */
final class BytesPercentFormat {
    private BytesPercentFormat() {}

    static byte[] format(byte[] fmt, PyObject args) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            items = t.items();
        } else {
            items = new PyObject[] {args};
            if (!(args instanceof PyBytes) && !(args instanceof PyStr)
                    && !(args instanceof PyByteArray)
                    && args.type().lookup("__getitem__") != null) {
                mapping = args;
            }
        }
        boolean tupleArgs = args instanceof PyTuple;
        int next = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(fmt.length + 16);
        int i = 0;
        int n = fmt.length;
        while (i < n) {
            byte c = fmt[i];
            if (c != '%') {
                out.write(c);
                i++;
                continue;
            }
            i++;
            // only "%%" is a percent sign: after a key, flag, width or precision '%' is an
            // unsupported format character (CPython: Objects/bytesobject.c _PyBytes_FormatEx)
            if (i < n && fmt[i] == '%') {
                out.write('%');
                i++;
                continue;
            }
            PyObject arg = null;
            if (i < n && fmt[i] == '(') {
                if (mapping == null) {
                    throw PyExceptions.typeError("format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    if (fmt[i] == '(') {
                        depth++;
                    } else if (fmt[i] == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyExceptions.valueError("incomplete format key");
                }
                byte[] key = java.util.Arrays.copyOfRange(fmt, keyStart, i - 1);
                arg = Containers.getItem(mapping, PyBytes.of(key));
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt[i]) >= 0) {
                flags.append((char) fmt[i++]);
            }
            StringBuilder width = new StringBuilder();
            if (i < n && fmt[i] == '*') {
                i++;
                if (next >= items.length) {
                    throw PyExceptions.typeError("not enough arguments for format string");
                }
                width.append(starArgument(items[next++], false));
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    width.append((char) fmt[i++]);
                }
            }
            StringBuilder precision = null;
            if (i < n && fmt[i] == '.') {
                precision = new StringBuilder();
                i++;
                if (i < n && fmt[i] == '*') {
                    i++;
                    if (next >= items.length) {
                        throw PyExceptions.typeError("not enough arguments for format string");
                    }
                    precision.append(starArgument(items[next++], true));
                } else {
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        precision.append((char) fmt[i++]);
                    }
                }
            }
            while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyExceptions.valueError("incomplete format");
            }
            char conv = (char) (fmt[i] & 0xff);
            i++;
            if (arg == null) {
                if (mapping != null && !tupleArgs) {
                    arg = mapping;
                } else if (next >= items.length) {
                    throw PyExceptions.typeError("not enough arguments for format string");
                } else {
                    arg = items[next++];
                }
            }
            byte[] piece = switch (conv) {
                case 's', 'b' -> bytesOf(arg);
                case 'r', 'a' -> ascii(arg);
                case 'c' -> new byte[] {(byte) charOf(arg)};
                case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    String spec = "%" + flags + width + (precision == null ? "" : "." + precision)
                            + conv;
                    PyObject r = PercentFormat.format(PyStr.of(spec), PyTuple.of(arg));
                    yield ((PyStr) r).value().getBytes(StandardCharsets.ISO_8859_1);
                }
                default -> throw PyExceptions.valueError("unsupported format character '"
                        + conv + "' (0x" + Integer.toHexString(conv) + ") at index "
                        + (i - 1));
            };
            if ("sbrac".indexOf(conv) >= 0) {
                if (precision != null && conv != 'c' && !precision.isEmpty()) {
                    int p = Integer.parseInt(precision.toString());
                    if (p < piece.length) {
                        piece = java.util.Arrays.copyOf(piece, p);
                    }
                }
                int w = width.isEmpty() ? 0 : Integer.parseInt(width.toString().replace("-",
                        ""));
                boolean left = flags.indexOf("-") >= 0 || width.toString().startsWith("-");
                int padCount = Math.max(0, w - piece.length);
                if (!left) {
                    for (int k = 0; k < padCount; k++) {
                        out.write(' ');
                    }
                }
                out.writeBytes(piece);
                if (left) {
                    for (int k = 0; k < padCount; k++) {
                        out.write(' ');
                    }
                }
            } else {
                out.writeBytes(piece);
            }
        }
        boolean unused = tupleArgs ? next < items.length : mapping == null && next == 0;
        if (unused) {
            throw PyExceptions.typeError("not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    /**
     * A {@code *} width (a Py_ssize_t) or precision (a C int): an int itself, not anything
     * with {@code __index__}, overflowing with CPython's messages; a negative precision is 0.
     */
    // CPython: Objects/bytesobject.c _PyBytes_FormatEx
    private static long starArgument(PyObject v, boolean precision) {
        if (!(v instanceof PyInt)) {
            throw PyExceptions.typeError("* wants int");
        }
        return precision ? Math.max(0, CArgs.asInt(v)) : CArgs.intAsSsizeT(v);
    }

    // CPython: Objects/bytesobject.c format_obj (a buffer of any layout, as bytes(x) takes it)
    private static byte[] bytesOf(PyObject arg) {
        byte[] b = PyBytes.bytesLikeAnyLayout(arg);
        if (b != null) {
            return b;
        }
        PyObject m = arg.type().lookup("__bytes__");
        if (m != null) {
            PyObject r = Ops.callDescriptor(m, arg);
            if (r instanceof PyBytes rb) {
                return rb.array();
            }
            throw PyExceptions.typeError("__bytes__ returned non-bytes (type "
                    + r.type().getName() + ")");
        }
        throw PyExceptions.typeError("%b requires a bytes-like object, or an object that "
                + "implements __bytes__, not '" + arg.type().getName() + "'");
    }

    private static int charOf(PyObject arg) {
        if (arg instanceof PyInt || arg.type().lookup("__index__") != null
                && !(arg instanceof PyBytes)) {
            PyInt v = Numbers.index(arg);
            if (!v.isSmall() || v.longValue() < 0 || v.longValue() > 255) {
                throw PyExceptions.overflowError("%c arg not in range(256)");
            }
            return (int) v.longValue();
        }
        byte[] b = PyBytes.bytesLikeOrNull(arg);
        if (b != null && b.length == 1) {
            return b[0] & 0xff;
        }
        throw PyExceptions.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** {@code ascii(obj)} as bytes: the repr with non-ASCII characters escaped. */
    private static byte[] ascii(PyObject arg) {
        PyStr r = Ops.repr(arg);
        StringBuilder sb = new StringBuilder();
        for (int cp : r.codePoints()) {
            if (cp < 128) {
                sb.append((char) cp);
            } else {
                String hex = Integer.toHexString(cp);
                int width = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
                sb.append(cp <= 0xff ? "\\x" : cp <= 0xffff ? "\\u" : "\\U");
                sb.append("0".repeat(width - hex.length())).append(hex);
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
