package dev.krait.modules.codecs;

import static dev.krait.modules.codecs.CodecsModule.dataArgument;
import static dev.krait.modules.codecs.CodecsModule.decoded;
import static dev.krait.modules.codecs.CodecsModule.encoded;
import static dev.krait.modules.codecs.CodecsModule.errorsArgument;
import static dev.krait.modules.codecs.CodecsModule.flagArgument;
import static dev.krait.modules.codecs.CodecsModule.textArgument;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.ByteArrayOutputStream;

/**
 * UTF-7 (RFC 2152): ASCII passes as itself, other text as UTF-16 in modified base64 between
 * '+' and '-'. An incremental decoder keeps no shift state: a chunk that ends inside a base64
 * run reports the run's start as consumed, and the next call reads the run again.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c PyUnicode_DecodeUTF7Stateful and
 * _PyUnicode_EncodeUTF7 (called with Set O and whitespace encoded directly).
 */
public final class Utf7Codec {
    private Utf7Codec() {}

    private static final String BASE64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** RFC 2152's classes of ASCII: 0 Set D, 1 Set O, 2 whitespace, 3 always base64. */
    private static final byte[] CATEGORY = new byte[128];

    static {
        java.util.Arrays.fill(CATEGORY, (byte) 3);
        for (char c : "\t\n\r ".toCharArray()) {
            CATEGORY[c] = 2;
        }
        for (char c : "!\"#$%&*;<=>@[]^_`{|}".toCharArray()) {
            CATEGORY[c] = 1;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            CATEGORY[c] = 0;
            CATEGORY[c + 32] = 0;
        }
        for (char c : "0123456789'(),-./:?".toCharArray()) {
            CATEGORY[c] = 0;
        }
    }

    private static boolean isBase64(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
                || c == '/';
    }

    private static int fromBase64(int c) {
        return BASE64.indexOf(c);
    }

    private static boolean encodeDirect(int c) {
        return c > 0 && c < 128 && CATEGORY[c] != 3;
    }

    @Exposed("utf_7_encode($module, str, errors=None, /)")
    public static PyObject utf_7_encode(PyObject str, PyObject errors) {
        PyStr s = textArgument("utf_7_encode", str);
        errorsArgument("utf_7_encode", errors);
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length * 2);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int ch : cps) {
            if (inShift && encodeDirect(ch)) {
                if (bits > 0) {
                    out.write(BASE64.charAt((int) (buffer << (6 - bits) & 0x3f)));
                    buffer = 0;
                    bits = 0;
                }
                inShift = false;
                if (isBase64(ch) || ch == '-') {
                    out.write('-');
                }
                out.write(ch);
                continue;
            }
            if (!inShift) {
                if (ch == '+') {
                    out.write('+');
                    out.write('-');
                    continue;
                }
                if (encodeDirect(ch)) {
                    out.write(ch);
                    continue;
                }
                out.write('+');
                inShift = true;
            }
            int[] units = ch >= 0x10000
                    ? new int[] {0xD800 | (ch - 0x10000) >> 10, 0xDC00 | (ch - 0x10000) & 0x3FF}
                    : new int[] {ch};
            for (int u : units) {
                bits += 16;
                buffer = buffer << 16 | u;
                while (bits >= 6) {
                    out.write(BASE64.charAt((int) (buffer >> (bits - 6) & 0x3f)));
                    bits -= 6;
                }
                buffer &= (1L << bits) - 1;
            }
        }
        if (bits > 0) {
            out.write(BASE64.charAt((int) (buffer << (6 - bits) & 0x3f)));
        }
        if (inShift) {
            out.write('-');
        }
        return encoded(out.toByteArray(), cps.length);
    }

    @Exposed("utf_7_decode($module, data, errors=None, final=False, /)")
    public static PyObject utf_7_decode(PyObject data, PyObject errors, PyObject fin) {
        byte[] b = dataArgument(data);
        String err = errorsArgument("utf_7_decode", errors);
        boolean last = flagArgument(fin, false);
        StringBuilder out = new StringBuilder(b.length);
        int consumed = decode(b, new DecodeErrors("utf7", err, b), last, out);
        return decoded(out, consumed);
    }

    // CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF7Stateful
    private static int decode(byte[] b, DecodeErrors errs, boolean last, StringBuilder out) {
        int e = b.length;
        int s = 0;
        boolean inShift = false;
        int shiftOutStart = 0;
        int startinpos = 0;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        while (true) {
            while (s < e) {
                int ch = b[s] & 0xff;
                String errmsg = null;
                if (inShift) {
                    if (isBase64(ch)) {
                        buffer = buffer << 6 | fromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int outCh = (int) (buffer >> (bits - 16)) & 0xffff;
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (outCh >= 0xDC00 && outCh <= 0xDFFF) {
                                    out.appendCodePoint(0x10000 + (surrogate - 0xD800 << 10)
                                            + (outCh - 0xDC00));
                                    surrogate = 0;
                                    continue;
                                }
                                out.append((char) surrogate);
                                surrogate = 0;
                            }
                            if (outCh >= 0xD800 && outCh <= 0xDBFF) {
                                surrogate = outCh;
                            } else {
                                out.append((char) outCh);
                            }
                        }
                        continue;
                    }
                    inShift = false;
                    if (bits >= 6) {
                        s++;
                        errmsg = "partial character in shift sequence";
                    } else if (bits > 0 && buffer != 0) {
                        s++;
                        errmsg = "non-zero padding bits in shift sequence";
                    } else {
                        if (surrogate != 0 && ch <= 127 && ch != '+') {
                            out.append((char) surrogate);
                        }
                        surrogate = 0;
                        if (ch == '-') {
                            s++;
                        }
                        continue;
                    }
                } else if (ch == '+') {
                    startinpos = s;
                    s++;
                    if (s < e && b[s] == '-') {
                        s++;
                        out.append('+');
                        continue;
                    }
                    if (s < e && !isBase64(b[s] & 0xff)) {
                        s++;
                        errmsg = "ill-formed sequence";
                    } else {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = out.length();
                        bits = 0;
                        buffer = 0;
                        continue;
                    }
                } else if (ch <= 127) {
                    s++;
                    out.append((char) ch);
                    continue;
                } else {
                    startinpos = s;
                    s++;
                    errmsg = "unexpected special character";
                }
                s = errs.handle(out, startinpos, s, errmsg);
                b = errs.input();
                e = b.length;
            }
            if (inShift && last) {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || bits > 0 && buffer != 0) {
                    s = errs.handle(out, startinpos, e, "unterminated shift sequence");
                    b = errs.input();
                    e = b.length;
                    if (s < e) {
                        continue;
                    }
                }
            }
            break;
        }
        if (!last) {
            if (inShift) {
                out.setLength(shiftOutStart);
                return startinpos;
            }
            return s;
        }
        return e;
    }
}
