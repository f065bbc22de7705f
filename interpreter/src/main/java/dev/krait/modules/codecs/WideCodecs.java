package dev.krait.modules.codecs;

import static dev.krait.modules.codecs.CodecsModule.dataArgument;
import static dev.krait.modules.codecs.CodecsModule.errorsArgument;
import static dev.krait.modules.codecs.CodecsModule.flagArgument;
import static dev.krait.modules.codecs.CodecsModule.intArgument;
import static dev.krait.modules.codecs.CodecsModule.textArgument;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.io.ByteArrayOutputStream;

/**
 * UTF-16 and UTF-32, each in three byte orders: the plain codec (a byte-order mark written
 * when encoding, read and dropped when decoding, native little-endian order otherwise), -le and
 * -be; and the {@code *_ex_decode} functions that report the order a mark chose, which the
 * incremental and stream decoders of {@code encodings.utf_16}/{@code utf_32} use.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful,
 * _PyUnicode_EncodeUTF16, PyUnicode_DecodeUTF32Stateful, _PyUnicode_EncodeUTF32, and
 * Modules/_codecsmodule.c.
 */
public final class WideCodecs {
    private WideCodecs() {}

    // ---- UTF-16 ------------------------------------------------------------------------------

    @Exposed("utf_16_encode($module, str, errors=None, byteorder=0, /)")
    public static PyObject utf_16_encode(PyObject str, PyObject errors, PyObject byteorder) {
        return encode("utf_16_encode", str, errors, intArgument(byteorder, 0), 2);
    }

    @Exposed("utf_16_le_encode($module, str, errors=None, /)")
    public static PyObject utf_16_le_encode(PyObject str, PyObject errors) {
        return encode("utf_16_le_encode", str, errors, -1, 2);
    }

    @Exposed("utf_16_be_encode($module, str, errors=None, /)")
    public static PyObject utf_16_be_encode(PyObject str, PyObject errors) {
        return encode("utf_16_be_encode", str, errors, 1, 2);
    }

    @Exposed("utf_16_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_16_decode(PyObject data, PyObject errors, PyObject fin) {
        return decode("utf_16_decode", data, errors, 0, fin, 2, false);
    }

    @Exposed("utf_16_le_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_16_le_decode(PyObject data, PyObject errors, PyObject fin) {
        return decode("utf_16_le_decode", data, errors, -1, fin, 2, false);
    }

    @Exposed("utf_16_be_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_16_be_decode(PyObject data, PyObject errors, PyObject fin) {
        return decode("utf_16_be_decode", data, errors, 1, fin, 2, false);
    }

    @Exposed("utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False, /)")
    public static PyObject utf_16_ex_decode(PyObject data, PyObject errors, PyObject byteorder,
            PyObject fin) {
        return decode("utf_16_ex_decode", data, errors, intArgument(byteorder, 0), fin, 2,
                true);
    }

    // ---- UTF-32 ------------------------------------------------------------------------------

    @Exposed("utf_32_encode($module, str, errors=None, byteorder=0, /)")
    public static PyObject utf_32_encode(PyObject str, PyObject errors, PyObject byteorder) {
        return encode("utf_32_encode", str, errors, intArgument(byteorder, 0), 4);
    }

    @Exposed("utf_32_le_encode($module, str, errors=None, /)")
    public static PyObject utf_32_le_encode(PyObject str, PyObject errors) {
        return encode("utf_32_le_encode", str, errors, -1, 4);
    }

    @Exposed("utf_32_be_encode($module, str, errors=None, /)")
    public static PyObject utf_32_be_encode(PyObject str, PyObject errors) {
        return encode("utf_32_be_encode", str, errors, 1, 4);
    }

    @Exposed("utf_32_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_32_decode(PyObject data, PyObject errors, PyObject fin) {
        return decode("utf_32_decode", data, errors, 0, fin, 4, false);
    }

    @Exposed("utf_32_le_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_32_le_decode(PyObject data, PyObject errors, PyObject fin) {
        return decode("utf_32_le_decode", data, errors, -1, fin, 4, false);
    }

    @Exposed("utf_32_be_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_32_be_decode(PyObject data, PyObject errors, PyObject fin) {
        return decode("utf_32_be_decode", data, errors, 1, fin, 4, false);
    }

    @Exposed("utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False, /)")
    public static PyObject utf_32_ex_decode(PyObject data, PyObject errors, PyObject byteorder,
            PyObject fin) {
        return decode("utf_32_ex_decode", data, errors, intArgument(byteorder, 0), fin, 4,
                true);
    }

    // ---- the codecs --------------------------------------------------------------------------

    private static PyObject encode(String fn, PyObject str, PyObject errors, int byteorder,
            int width) {
        PyStr s = textArgument(fn, str);
        String err = errorsArgument(fn, errors);
        return CodecsModule.encoded(encode(s, err, byteorder, width), s.length());
    }

    /** Writes one code unit (UTF-16) or code point (UTF-32) in the given order. */
    private static void put(ByteArrayOutputStream out, int v, int width, boolean le) {
        if (width == 2) {
            if (le) {
                out.write(v);
                out.write(v >> 8);
            } else {
                out.write(v >> 8);
                out.write(v);
            }
        } else if (le) {
            out.write(v);
            out.write(v >> 8);
            out.write(v >> 16);
            out.write(v >>> 24);
        } else {
            out.write(v >>> 24);
            out.write(v >> 16);
            out.write(v >> 8);
            out.write(v);
        }
    }

    /** Encodes with a mark first when {@code byteorder} is 0; surrogates are the errors. */
    // CPython: Objects/unicodeobject.c _PyUnicode_EncodeUTF16 and _PyUnicode_EncodeUTF32
    static byte[] encode(PyStr s, String errors, int byteorder, int width) {
        boolean le = byteorder <= 0;
        String base = width == 2 ? "utf-16" : "utf-32";
        String encoding = byteorder < 0 ? base + "-le" : byteorder > 0 ? base + "-be" : base;
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream((cps.length + 1) * width);
        if (byteorder == 0) {
            put(out, 0xFEFF, width, le);
        }
        EncodeErrors errs = null;
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (cp < 0xD800 || cp > 0xDFFF) {
                if (width == 2 && cp >= 0x10000) {
                    put(out, 0xD800 | (cp - 0x10000) >> 10, width, le);
                    put(out, 0xDC00 | (cp - 0x10000) & 0x3FF, width, le);
                } else {
                    put(out, cp, width, le);
                }
                i++;
                continue;
            }
            if (errs == null) {
                errs = new EncodeErrors(encoding, errors, s, cps);
            }
            String reason = "surrogates not allowed";
            errs.handle(i, i + 1, reason);
            if (errs.bytes != null) {
                if (errs.bytes.length % width != 0) {
                    throw errs.raise(i, i + 1, reason);
                }
                out.writeBytes(errs.bytes);
            } else {
                errs.requireTextBelow(128, i, i + 1, reason);
                for (int k = 0; k < errs.text.length(); k++) {
                    put(out, errs.text.charAt(k), width, le);
                }
            }
            i = errs.next;
        }
        return out.toByteArray();
    }

    private static PyObject decode(String fn, PyObject data, PyObject errors, int byteorder,
            PyObject fin, int width, boolean ex) {
        byte[] b = dataArgument(data);
        String err = errorsArgument(fn, errors);
        boolean last = flagArgument(fin, false);
        int[] order = {byteorder};
        StringBuilder out = new StringBuilder(b.length / width);
        int consumed = width == 2 ? decode16(b, err, order, last, out)
                : decode32(b, err, order, last, out);
        PyStr text = PyStr.of(out.toString());
        return ex ? PyTuple.of(text, PyInt.of(consumed), PyInt.of(order[0]))
                : PyTuple.of(text, PyInt.of(consumed));
    }

    /**
     * Reads a mark when {@code order[0]} is 0 and returns where the text starts; the order it
     * chose (-1 little-endian, 1 big-endian) replaces {@code order[0]}.
     */
    private static int readMark(byte[] b, int[] order, int width) {
        if (order[0] != 0 || b.length < width) {
            return 0;
        }
        int v = width == 2 ? (b[1] & 0xff) << 8 | b[0] & 0xff
                : (b[3] & 0xff) << 24 | (b[2] & 0xff) << 16 | (b[1] & 0xff) << 8 | b[0] & 0xff;
        if (v == 0xFEFF) {
            order[0] = -1;
            return width;
        }
        if (width == 2 ? v == 0xFFFE : v == 0xFFFE0000) {
            order[0] = 1;
            return width;
        }
        return 0;
    }

    private static int unit16(byte[] b, int q, boolean le) {
        return le ? (b[q + 1] & 0xff) << 8 | b[q] & 0xff : (b[q] & 0xff) << 8 | b[q + 1] & 0xff;
    }

    // CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful
    static int decode16(byte[] b, String errors, int[] order, boolean last, StringBuilder out) {
        int q = readMark(b, order, 2);
        boolean le = order[0] <= 0;
        DecodeErrors errs = new DecodeErrors(le ? "utf-16-le" : "utf-16-be", errors, b);
        int e = b.length;
        while (q < e) {
            if (e - q < 2) {
                if (!last) {
                    return q;
                }
                q = errs.handle(out, q, e, "truncated data");
                b = errs.input();
                e = b.length;
                continue;
            }
            int ch = unit16(b, q, le);
            if (ch < 0xD800 || ch > 0xDFFF) {
                out.append((char) ch);
                q += 2;
            } else if (ch > 0xDBFF) {
                q = errs.handle(out, q, q + 2, "illegal encoding");
                b = errs.input();
                e = b.length;
            } else if (e - q < 4) {
                if (!last) {
                    return q;
                }
                q = errs.handle(out, q, e, "unexpected end of data");
                b = errs.input();
                e = b.length;
            } else {
                int ch2 = unit16(b, q + 2, le);
                if (ch2 < 0xDC00 || ch2 > 0xDFFF) {
                    q = errs.handle(out, q, q + 2, "illegal UTF-16 surrogate");
                    b = errs.input();
                    e = b.length;
                } else {
                    out.append((char) ch).append((char) ch2);
                    q += 4;
                }
            }
        }
        return e;
    }

    // CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF32Stateful
    static int decode32(byte[] b, String errors, int[] order, boolean last, StringBuilder out) {
        int q = readMark(b, order, 4);
        boolean le = order[0] <= 0;
        DecodeErrors errs = new DecodeErrors(le ? "utf-32-le" : "utf-32-be", errors, b);
        int e = b.length;
        while (q < e) {
            if (e - q < 4) {
                if (!last) {
                    return q;
                }
                q = errs.handle(out, q, e, "truncated data");
                b = errs.input();
                e = b.length;
                continue;
            }
            long ch = le ? (b[q + 3] & 0xffL) << 24 | (b[q + 2] & 0xff) << 16
                    | (b[q + 1] & 0xff) << 8 | b[q] & 0xff
                    : (b[q] & 0xffL) << 24 | (b[q + 1] & 0xff) << 16 | (b[q + 2] & 0xff) << 8
                            | b[q + 3] & 0xff;
            if (ch >= 0xD800 && ch <= 0xDFFF) {
                q = errs.handle(out, q, q + 4,
                        "code point in surrogate code point range(0xd800, 0xe000)");
                b = errs.input();
                e = b.length;
            } else if (ch >= 0x110000) {
                q = errs.handle(out, q, q + 4, "code point not in range(0x110000)");
                b = errs.input();
                e = b.length;
            } else {
                out.appendCodePoint((int) ch);
                q += 4;
            }
        }
        return e;
    }

    static PyBytes bytesOf(byte[] b) {
        return new PyBytes(b);
    }
}
