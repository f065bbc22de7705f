package dev.krait.modules.codecs;

import static dev.krait.modules.codecs.CodecsModule.dataArgument;
import static dev.krait.modules.codecs.CodecsModule.decoded;
import static dev.krait.modules.codecs.CodecsModule.encoded;
import static dev.krait.modules.codecs.CodecsModule.errorsArgument;
import static dev.krait.modules.codecs.CodecsModule.fastHandler;
import static dev.krait.modules.codecs.CodecsModule.flagArgument;
import static dev.krait.modules.codecs.CodecsModule.textArgument;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import java.io.ByteArrayOutputStream;

/**
 * UTF-8, Latin-1 and ASCII as {@code _codecs} functions. With a common error handler they run on
 * {@link StrCodecs}' fast paths, which {@code str.encode} uses too; with any other handler
 * (namereplace, surrogatepass, a registered one) they run here, reporting each error to the
 * handler and resuming where it says.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c (PyUnicode_DecodeUTF8Stateful,
 * unicode_encode_utf8, unicode_encode_ucs1, PyUnicode_DecodeASCII) and
 * Objects/stringlib/codecs.h.
 */
public final class UnicodeCodecs {
    private UnicodeCodecs() {}

    @Exposed("utf_8_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_8_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = dataArgument(data);
        String err = errorsArgument("utf_8_decode", errors);
        boolean last = flagArgument(fin, false);
        StringBuilder out = new StringBuilder(b.length);
        if (fastHandler(err)) {
            int used = StrCodecs.decodeInto(out, b, 0, b.length, StrCodecs.Codec.UTF8,
                    err == null ? "strict" : err, last);
            return decoded(out, used);
        }
        int used = decodeUtf8(out, b, new DecodeErrors("utf-8", err, b), last);
        return decoded(out, used);
    }

    @Exposed("utf_8_encode($module, str, errors=None, /)")
    public static PyObject utf_8_encode(PyObject str, PyObject errors) {
        PyStr s = textArgument("utf_8_encode", str);
        String err = errorsArgument("utf_8_encode", errors);
        byte[] b = fastHandler(err) ? StrCodecs.encodeBody(s, StrCodecs.Codec.UTF8,
                err == null ? "strict" : err) : encodeUtf8(s, err);
        return encoded(b, s.length());
    }

    @Exposed("latin_1_decode($module, data, errors=None, /)")
    public static PyObject latin_1_decode(PyObject data, PyObject errors) {
        byte[] b = dataArgument(data);
        errorsArgument("latin_1_decode", errors);
        return decoded(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), b.length);
    }

    @Exposed("latin_1_encode($module, str, errors=None, /)")
    public static PyObject latin_1_encode(PyObject str, PyObject errors) {
        PyStr s = textArgument("latin_1_encode", str);
        String err = errorsArgument("latin_1_encode", errors);
        byte[] b = fastHandler(err) ? StrCodecs.encodeBody(s, StrCodecs.Codec.LATIN1,
                err == null ? "strict" : err) : encodeUcs1(s, err, 256, "latin-1");
        return encoded(b, s.length());
    }

    @Exposed("ascii_decode($module, data, errors=None, /)")
    public static PyObject ascii_decode(PyObject data, PyObject errors) {
        byte[] b = dataArgument(data);
        String err = errorsArgument("ascii_decode", errors);
        StringBuilder out = new StringBuilder(b.length);
        if (fastHandler(err)) {
            StrCodecs.decodeInto(out, b, 0, b.length, StrCodecs.Codec.ASCII,
                    err == null ? "strict" : err, true);
            return decoded(out, b.length);
        }
        DecodeErrors errs = new DecodeErrors("ascii", err, b);
        int size = b.length;
        int i = 0;
        while (i < b.length) {
            if (b[i] >= 0) {
                out.append((char) b[i++]);
            } else {
                i = errs.handle(out, i, i + 1, "ordinal not in range(128)");
                b = errs.input();
            }
        }
        return decoded(out, size);
    }

    @Exposed("ascii_encode($module, str, errors=None, /)")
    public static PyObject ascii_encode(PyObject str, PyObject errors) {
        PyStr s = textArgument("ascii_encode", str);
        String err = errorsArgument("ascii_encode", errors);
        byte[] b = fastHandler(err) ? StrCodecs.encodeBody(s, StrCodecs.Codec.ASCII,
                err == null ? "strict" : err) : encodeUcs1(s, err, 128, "ascii");
        return encoded(b, s.length());
    }

    // ---- the general codecs ------------------------------------------------------------------

    /** Decodes UTF-8 reporting errors to {@code errs}; returns the bytes consumed. */
    // CPython: Objects/unicodeobject.c unicode_decode_utf8
    static int decodeUtf8(StringBuilder out, byte[] b, DecodeErrors errs, boolean last) {
        int i = 0;
        int to = b.length;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need < 0) {
                i = errs.handle(out, i, i + 1, "invalid start byte");
                b = errs.input();
                to = b.length;
                continue;
            }
            int valid = StrCodecs.validContinuations(b, i, to, c, need);
            if (valid == need) {
                int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
                for (int k = 1; k <= need; k++) {
                    cp = (cp << 6) | (b[i + k] & 0x3F);
                }
                out.appendCodePoint(cp);
                i += need + 1;
            } else if (i + 1 + valid == to) {
                if (!last) {
                    return i;
                }
                i = errs.handle(out, i, to, "unexpected end of data");
            } else {
                i = errs.handle(out, i, i + 1 + valid, "invalid continuation byte");
            }
            b = errs.input();
            to = b.length;
        }
        return to;
    }


    /** Encodes UTF-8 with any error handler; surrogates are the errors. */
    // CPython: Objects/stringlib/codecs.h STRINGLIB(utf8_encoder)
    static byte[] encodeUtf8(PyStr s, String errors) {
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 16);
        EncodeErrors errs = new EncodeErrors("utf-8", errors, s, cps);
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (cp < 0xD800 || cp > 0xDFFF) {
                putUtf8(out, cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && cps[end] >= 0xD800 && cps[end] <= 0xDFFF) {
                end++;
            }
            String reason = "surrogates not allowed";
            errs.handle(i, end, reason);
            if (errs.bytes != null) {
                out.writeBytes(errs.bytes);
            } else {
                errs.requireTextBelow(128, i, end, reason);
                out.writeBytes(errs.text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            i = errs.next;
        }
        return out.toByteArray();
    }

    /** Writes code point {@code cp} (a lone surrogate too) as UTF-8's one to four bytes. */
    public static void putUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    /** Encodes Latin-1 ({@code limit} 256) or ASCII (128) with any error handler. */
    // CPython: Objects/unicodeobject.c unicode_encode_ucs1
    static byte[] encodeUcs1(PyStr s, String errors, int limit, String encoding) {
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        EncodeErrors errs = new EncodeErrors(encoding, errors, s, cps);
        String reason = "ordinal not in range(" + limit + ")";
        int i = 0;
        while (i < cps.length) {
            if (cps[i] < limit) {
                out.write(cps[i++]);
                continue;
            }
            int end = i + 1;
            while (end < cps.length && cps[end] >= limit) {
                end++;
            }
            errs.handle(i, end, reason);
            if (errs.bytes != null) {
                out.writeBytes(errs.bytes);
            } else {
                errs.requireTextBelow(limit, i, end, reason);
                out.writeBytes(errs.text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            i = errs.next;
        }
        return out.toByteArray();
    }
}
