package dev.krait.modules.codecs;

import static dev.krait.modules.codecs.CodecsModule.decoded;
import static dev.krait.modules.codecs.CodecsModule.encoded;
import static dev.krait.modules.codecs.CodecsModule.errorsArgument;
import static dev.krait.modules.codecs.CodecsModule.flagArgument;
import static dev.krait.modules.codecs.CodecsModule.textArgument;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.WarningsMachinery;
import dev.krait.unicode.UnicodeData;
import java.io.ByteArrayOutputStream;

/**
 * The codecs that spell text or bytes as Python escapes: {@code unicode_escape} (a str literal's
 * escapes), {@code raw_unicode_escape} (only \\u and \\U), {@code escape_encode}/
 * {@code escape_decode} (a bytes literal's), and {@code readbuffer_encode}, which copies a
 * buffer.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal,
 * PyUnicode_AsUnicodeEscapeString, _PyUnicode_DecodeRawUnicodeEscapeStateful,
 * PyUnicode_AsRawUnicodeEscapeString; Objects/bytesobject.c _PyBytes_DecodeEscape;
 * Modules/_codecsmodule.c escape_encode.
 */
public final class EscapeCodecs {
    private EscapeCodecs() {}

    private static final String HEX = "0123456789abcdef";

    /** A buffer or str argument (a str is read as its UTF-8 bytes), as Clinic's Py_buffer. */
    private static byte[] bufferOrStr(PyObject o) {
        if (o instanceof PyStr s) {
            return UnicodeCodecs.encodeUtf8(s, null);
        }
        return PyBytes.requireBytesLike(o);
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // ---- unicode_escape ----------------------------------------------------------------------

    @Exposed("unicode_escape_encode($module, str, errors=None, /)")
    public static PyObject unicode_escape_encode(PyObject str, PyObject errors) {
        PyStr s = textArgument("unicode_escape_encode", str);
        errorsArgument("unicode_escape_encode", errors);
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int ch : cps) {
            if (ch == '\\') {
                out.write('\\');
                out.write('\\');
            } else if (ch == '\t' || ch == '\n' || ch == '\r') {
                out.write('\\');
                out.write(ch == '\t' ? 't' : ch == '\n' ? 'n' : 'r');
            } else if (ch >= ' ' && ch < 0x7f) {
                out.write(ch);
            } else {
                writeHexEscape(out, ch);
            }
        }
        return encoded(out.toByteArray(), cps.length);
    }

    /** \xhh, \\uhhhh or \\Uhhhhhhhh, in lower-case hex. */
    private static void writeHexEscape(ByteArrayOutputStream out, int ch) {
        int digits = ch < 0x100 ? 2 : ch < 0x10000 ? 4 : 8;
        out.write('\\');
        out.write(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.write(HEX.charAt(ch >> shift & 0xf));
        }
    }

    @Exposed("unicode_escape_decode($module, data, errors=None, final=True, /)")
    public static PyObject unicode_escape_decode(PyObject data, PyObject errors,
            PyObject fin) {
        byte[] b = bufferOrStr(data);
        String err = errorsArgument("unicode_escape_decode", errors);
        boolean last = flagArgument(fin, true);
        StringBuilder out = new StringBuilder(b.length);
        int[] firstInvalid = {-1};
        int consumed = decodeUnicodeEscape(b, new DecodeErrors("unicodeescape", err, b), last,
                out, firstInvalid);
        warnInvalidEscape(b, firstInvalid[0]);
        return decoded(out, consumed);
    }

    /**
     * The DeprecationWarning for the first escape Python does not define ("\\q", or an octal
     * escape above 0o377), raised once the input has decoded.
     */
    // CPython: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeStateful
    private static void warnInvalidEscape(byte[] b, int at) {
        if (at < 0) {
            return;
        }
        int c = b[at] & 0xff;
        String msg = c >= '4' && c <= '7'
                ? "invalid octal escape sequence '\\" + new String(b, at,
                        Math.min(3, b.length - at), java.nio.charset.StandardCharsets.ISO_8859_1)
                        + "'"
                : "invalid escape sequence '\\" + (char) c + "'";
        WarningsMachinery.warn(PyStr.of(msg), PyExceptions.DeprecationWarning, 1, null);
    }

    // CPython: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal
    static int decodeUnicodeEscape(byte[] b, DecodeErrors errs, boolean last,
            StringBuilder out, int[] firstInvalid) {
        int end = b.length;
        int s = 0;
        while (s < end) {
            int c = b[s++] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                continue;
            }
            int start = s - 1;
            String message;
            boolean incomplete = false;
            if (s >= end) {
                message = "\\ at end of string";
                incomplete = true;
            } else {
                c = b[s++] & 0xff;
                int count = 0;
                switch (c) {
                    case '\n' -> { continue; }
                    case '\\', '\'', '"' -> {
                        out.append((char) c);
                        continue;
                    }
                    case 'b' -> {
                        out.append('\b');
                        continue;
                    }
                    case 'f' -> {
                        out.append('\f');
                        continue;
                    }
                    case 't' -> {
                        out.append('\t');
                        continue;
                    }
                    case 'n' -> {
                        out.append('\n');
                        continue;
                    }
                    case 'r' -> {
                        out.append('\r');
                        continue;
                    }
                    case 'v' -> {
                        out.append('\013');
                        continue;
                    }
                    case 'a' -> {
                        out.append('\007');
                        continue;
                    }
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int ch = c - '0';
                        for (int k = 0; k < 2 && s < end && b[s] >= '0' && b[s] <= '7'; k++) {
                            ch = (ch << 3) + b[s++] - '0';
                        }
                        if (ch > 0377 && firstInvalid[0] < 0) {
                            firstInvalid[0] = s - 3;
                        }
                        out.append((char) ch);
                        continue;
                    }
                    case 'x' -> count = 2;
                    case 'u' -> count = 4;
                    case 'U' -> count = 8;
                    case 'N' -> {
                        message = "malformed \\N character escape";
                        if (s >= end) {
                            incomplete = true;
                        } else if (b[s] == '{') {
                            int nameStart = ++s;
                            while (s < end && b[s] != '}') {
                                s++;
                            }
                            if (s >= end) {
                                incomplete = true;
                            } else if (s > nameStart) {
                                String name = new String(b, nameStart, s - nameStart,
                                        java.nio.charset.StandardCharsets.ISO_8859_1);
                                s++;
                                String ch = UnicodeData.lookupName(name);
                                if (ch != null) {
                                    out.append(ch);
                                    continue;
                                }
                                message = "unknown Unicode character name";
                            }
                        }
                        if (incomplete && !last) {
                            return start;
                        }
                        s = errs.handle(out, start, s, message);
                        b = errs.input();
                        end = b.length;
                        continue;
                    }
                    default -> {
                        if (firstInvalid[0] < 0) {
                            firstInvalid[0] = s - 1;
                        }
                        out.append('\\').append((char) c);
                        continue;
                    }
                }
                message = count == 2 ? "truncated \\xXX escape" : count == 4
                        ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                int ch = 0;
                boolean bad = false;
                for (; count > 0; s++, count--) {
                    if (s >= end) {
                        incomplete = true;
                        break;
                    }
                    int d = hexDigit(b[s] & 0xff);
                    if (d < 0) {
                        bad = true;
                        break;
                    }
                    ch = ch << 4 | d;
                }
                if (!incomplete && !bad) {
                    if (Integer.compareUnsigned(ch, 0x10FFFF) > 0) {
                        message = "illegal Unicode character";
                    } else {
                        out.appendCodePoint(ch);
                        continue;
                    }
                }
            }
            if (incomplete && !last) {
                return start;
            }
            s = errs.handle(out, start, s, message);
            b = errs.input();
            end = b.length;
        }
        return end;
    }

    // ---- raw_unicode_escape ------------------------------------------------------------------

    @Exposed("raw_unicode_escape_encode($module, str, errors=None, /)")
    public static PyObject raw_unicode_escape_encode(PyObject str, PyObject errors) {
        PyStr s = textArgument("raw_unicode_escape_encode", str);
        errorsArgument("raw_unicode_escape_encode", errors);
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int ch : cps) {
            if (ch < 0x100) {
                out.write(ch);
            } else {
                writeHexEscape(out, ch);
            }
        }
        return encoded(out.toByteArray(), cps.length);
    }

    @Exposed("raw_unicode_escape_decode($module, data, errors=None, final=True, /)")
    public static PyObject raw_unicode_escape_decode(PyObject data, PyObject errors,
            PyObject fin) {
        byte[] b = bufferOrStr(data);
        String err = errorsArgument("raw_unicode_escape_decode", errors);
        boolean last = flagArgument(fin, true);
        DecodeErrors errs = new DecodeErrors("rawunicodeescape", err, b);
        StringBuilder out = new StringBuilder(b.length);
        int end = b.length;
        int s = 0;
        // CPython: Objects/unicodeobject.c _PyUnicode_DecodeRawUnicodeEscapeStateful
        while (s < end) {
            int c = b[s++] & 0xff;
            if (c != '\\' || s >= end && last) {
                out.append((char) c);
                continue;
            }
            int start = s - 1;
            if (s >= end) {
                return decoded(out, start);
            }
            c = b[s++] & 0xff;
            if (c != 'u' && c != 'U') {
                out.append('\\').append((char) c);
                continue;
            }
            int count = c == 'u' ? 4 : 8;
            String message = c == 'u' ? "truncated \\uXXXX escape"
                    : "truncated \\UXXXXXXXX escape";
            int ch = 0;
            boolean incomplete = false;
            boolean bad = false;
            for (; count > 0; s++, count--) {
                if (s >= end) {
                    incomplete = true;
                    break;
                }
                int d = hexDigit(b[s] & 0xff);
                if (d < 0) {
                    bad = true;
                    break;
                }
                ch = ch << 4 | d;
            }
            if (!incomplete && !bad) {
                if (Integer.compareUnsigned(ch, 0x10FFFF) <= 0) {
                    out.appendCodePoint(ch);
                    continue;
                }
                message = "\\Uxxxxxxxx out of range";
            }
            if (incomplete && !last) {
                return decoded(out, start);
            }
            s = errs.handle(out, start, s, message);
            b = errs.input();
            end = b.length;
        }
        return decoded(out, end);
    }

    // ---- escape_encode / escape_decode -------------------------------------------------------

    @Exposed("escape_encode($module, data, errors=None, /)")
    public static PyObject escape_encode(PyObject data, PyObject errors) {
        if (!(data instanceof PyBytes bytes)) {
            throw CodecsModule.badArgument("escape_encode", "argument 1", "bytes", data);
        }
        errorsArgument("escape_encode", errors);
        byte[] b = bytes.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\'' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.write('\\');
                out.write(c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
            } else if (c < ' ' || c >= 0x7f) {
                writeHexEscape(out, c);
            } else {
                out.write(c);
            }
        }
        return encoded(out.toByteArray(), b.length);
    }

    @Exposed("escape_decode($module, data, errors=None, /)")
    public static PyObject escape_decode(PyObject data, PyObject errors) {
        byte[] b = bufferOrStr(data);
        String err = errorsArgument("escape_decode", errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int end = b.length;
        int s = 0;
        int firstInvalid = -1;
        // CPython: Objects/bytesobject.c _PyBytes_DecodeEscape
        while (s < end) {
            int c = b[s] & 0xff;
            if (c != '\\') {
                out.write(c);
                s++;
                continue;
            }
            s++;
            if (s == end) {
                throw PyExceptions.valueError("Trailing \\ in string");
            }
            c = b[s++] & 0xff;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(013);
                case 'a' -> out.write(007);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && s < end && b[s] >= '0' && b[s] <= '7'; k++) {
                        v = (v << 3) + b[s++] - '0';
                    }
                    if (v > 0377 && firstInvalid < 0) {
                        firstInvalid = s - 3;
                    }
                    out.write(v);
                }
                case 'x' -> {
                    if (s + 1 < end && hexDigit(b[s]) >= 0 && hexDigit(b[s + 1]) >= 0) {
                        out.write(hexDigit(b[s]) << 4 | hexDigit(b[s + 1]));
                        s += 2;
                        break;
                    }
                    if (err == null || err.equals("strict")) {
                        throw PyExceptions.valueError("invalid \\x escape at position "
                                + (s - 2));
                    }
                    if (err.equals("replace")) {
                        out.write('?');
                    } else if (!err.equals("ignore")) {
                        throw PyExceptions.valueError(
                                "decoding error; unknown error handling code: " + err);
                    }
                    if (s < end && hexDigit(b[s]) >= 0) {
                        s++;
                    }
                }
                default -> {
                    if (firstInvalid < 0) {
                        firstInvalid = s - 1;
                    }
                    out.write('\\');
                    s--;
                }
            }
        }
        warnInvalidEscape(b, firstInvalid);
        return encoded(out.toByteArray(), b.length);
    }

    @Exposed("readbuffer_encode($module, data, errors=None, /)")
    public static PyObject readbuffer_encode(PyObject data, PyObject errors) {
        byte[] b = bufferOrStr(data);
        errorsArgument("readbuffer_encode", errors);
        return encoded(b.clone(), b.length);
    }
}
