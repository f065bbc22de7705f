package dev.krait.modules.testinternalcapi;

import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import java.io.ByteArrayOutputStream;

/**
 * {@code EncodeLocaleEx} and {@code DecodeLocaleEx}: the codec CPython uses for file names and
 * command-line arguments before the codec machinery runs. Krait's file-system and locale
 * encodings are both UTF-8 ({@code sys.getfilesystemencoding()}, {@code locale.getencoding()}),
 * so either locale ({@code current_locale} 0 or 1) is CPython's UTF-8 codec, which takes the
 * {@code strict}, {@code surrogateescape} and {@code surrogatepass} handlers and refuses every
 * other one.
 *
 * <p>CPython counterpart: Modules/_testinternalcapi.c {@code encode_locale_ex},
 * {@code decode_locale_ex}; Objects/unicodeobject.c {@code _Py_EncodeUTF8Ex},
 * {@code _Py_DecodeUTF8Ex}.
 */
public final class LocaleCodec {
    private LocaleCodec() {}

    private enum Handler { STRICT, SURROGATEESCAPE, SURROGATEPASS }

    // CPython: Objects/unicodeobject.c _Py_GetErrorHandler, reduced to what the UTF-8 locale
    // codec supports (the others are -3, "unsupported error handler")
    private static Handler handler(PyObject errors) {
        String name = errors == null ? "strict" : cString(errors, "argument 3");
        return switch (name) {
            case "strict" -> Handler.STRICT;
            case "surrogateescape" -> Handler.SURROGATEESCAPE;
            case "surrogatepass" -> Handler.SURROGATEPASS;
            default -> throw PyExceptions.valueError("unsupported error handler");
        };
    }

    /** A str argument read as a C string ({@code PyArg_Parse} format "s"). */
    private static String cString(PyObject o, String which) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(which + " must be str, not " + o.type().getName());
        }
        String v = s.toString();
        if (v.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("embedded null character");
        }
        return v;
    }

    // CPython: Modules/_testinternalcapi.c encode_locale_ex ("U|is"), _Py_EncodeUTF8Ex
    @Exposed(value = "EncodeLocaleEx($module, unicode, current_locale=0, errors=<unrepresentable>,"
            + " /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject EncodeLocaleEx(PyObject unicode, PyObject currentLocale,
            PyObject errors) {
        if (!(unicode instanceof PyStr s)) {
            throw PyExceptions.typeError("argument 1 must be str, not "
                    + unicode.type().getName());
        }
        CArgs.intFormat(currentLocale);
        int[] text = s.codePoints();
        for (int cp : text) {
            // PyUnicode_AsWideCharString refuses a NUL: the C string would end there
            if (cp == 0) {
                throw PyExceptions.valueError("embedded null character");
            }
        }
        Handler h = handler(errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 4);
        for (int i = 0; i < text.length; i++) {
            int ch = text[i];
            if (ch >= 0xD800 && ch <= 0xDFFF && h != Handler.SURROGATEPASS) {
                if (h == Handler.SURROGATEESCAPE && ch >= 0xDC80 && ch <= 0xDCFF) {
                    out.write(ch & 0xff);
                    continue;
                }
                throw PyExceptions.runtimeError("encode error: pos=" + i
                        + ", reason=encoding error");
            }
            dev.krait.modules.codecs.UnicodeCodecs.putUtf8(out, ch);
        }
        return PyBytes.of(out.toByteArray());
    }

    // CPython: Modules/_testinternalcapi.c decode_locale_ex ("y|is"), _Py_DecodeUTF8Ex
    @Exposed(value = "DecodeLocaleEx($module, encoded, current_locale=0,"
            + " errors=<unrepresentable>, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject DecodeLocaleEx(PyObject encoded, PyObject currentLocale,
            PyObject errors) {
        if (!(encoded instanceof PyBytes bytes)) {
            throw PyExceptions.typeError("argument 1 must be bytes, not "
                    + encoded.type().getName());
        }
        byte[] b = bytes.array();
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        CArgs.intFormat(currentLocale);
        Handler h = handler(errors);
        int[] out = new int[b.length];
        int n = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = c;
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            int valid = need < 0 ? 0 : StrCodecs.validContinuations(b, i, b.length, c, need);
            if (need > 0 && valid == need) {
                int cp = need == 1 ? c & 0x1f : need == 2 ? c & 0x0f : c & 0x07;
                for (int k = 1; k <= need; k++) {
                    cp = (cp << 6) | (b[i + k] & 0x3f);
                }
                out[n++] = cp;
                i += need + 1;
            } else if (h == Handler.SURROGATEESCAPE) {
                out[n++] = 0xDC00 + c;
                i++;
            } else if (h == Handler.SURROGATEPASS && b.length - i >= 3 && (c & 0xf0) == 0xe0
                    && (b[i + 1] & 0xc0) == 0x80 && (b[i + 2] & 0xc0) == 0x80) {
                // a surrogate written as three bytes
                out[n++] = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                i += 3;
            } else {
                String reason = need < 0 ? "invalid start byte"
                        : i + 1 + valid == b.length ? "unexpected end of data"
                        : "invalid continuation byte";
                throw PyExceptions.runtimeError("decode error: pos=" + i + ", reason="
                        + reason);
            }
        }
        return PyStr.fromCodePoints(java.util.Arrays.copyOf(out, n));
    }
}
