package dev.krait.modules.binascii;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyObject;
import java.io.ByteArrayOutputStream;

/**
 * {@code binascii.a2b_qp} and {@code binascii.b2a_qp}: quoted-printable (RFC 1521), and its
 * variant for mail headers (RFC 1522: {@code _} for a space). {@code quopri} and the
 * {@code email} package use them when binascii has them, and their exact output -- where soft
 * line breaks fall, which characters are quoted, how CRLF input stays CRLF -- is CPython's,
 * which is compatible with {@code quopri}'s pure-Python codec but not identical to it.
 *
 * <p>CPython counterpart: Modules/binascii.c {@code binascii_a2b_qp_impl},
 * {@code binascii_b2a_qp_impl}.
 */
final class QuotedPrintable {
    private QuotedPrintable() {}

    /** The longest encoded line, soft line break included (CPython's MAXLINESIZE). */
    private static final int MAX_LINE = 76;

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    // CPython: Modules/binascii.c binascii_a2b_qp_impl
    @Exposed("a2b_qp($module, /, data, header=False)")
    public static PyObject a2b_qp(PyObject data, PyObject headerArg) {
        byte[] in = BinasciiModule.asciiData(data);
        boolean header = BinasciiModule.flag(headerArg, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int n = in.length;
        int i = 0;
        while (i < n) {
            int c = in[i] & 0xff;
            if (c == '=') {
                i++;
                if (i >= n) {
                    break;
                }
                int next = in[i] & 0xff;
                if (next == '\n' || next == '\r') {
                    // a soft line break: "=" then the rest of the line up to its '\n'
                    while (i < n && in[i] != '\n') {
                        i++;
                    }
                    if (i < n) {
                        i++;
                    }
                } else if (next == '=') {
                    // "==": what a broken encoder of old wrote for "="
                    out.write('=');
                    i++;
                } else if (i + 1 < n && hexValue(next) >= 0 && hexValue(in[i + 1] & 0xff) >= 0) {
                    out.write(hexValue(next) << 4 | hexValue(in[i + 1] & 0xff));
                    i += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                i++;
            } else {
                out.write(c);
                i++;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    // CPython: Modules/binascii.c binascii_b2a_qp_impl
    @Exposed("b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)")
    public static PyObject b2a_qp(PyObject data, PyObject quotetabsArg, PyObject istextArg,
            PyObject headerArg) {
        byte[] in = BinasciiModule.data(data);
        boolean quotetabs = BinasciiModule.flag(quotetabsArg, false);
        boolean istext = BinasciiModule.flag(istextArg, true);
        boolean header = BinasciiModule.flag(headerArg, false);
        int n = in.length;
        // the line ends of the output are those of the first line of the input
        boolean crlf = false;
        for (int k = 0; k < n; k++) {
            if (in[k] == '\n') {
                crlf = k > 0 && in[k - 1] == '\r';
                break;
            }
        }
        Encoded out = new Encoded(n + n / 8 + 8, crlf);
        int i = 0;
        while (i < n) {
            int c = in[i] & 0xff;
            if (mustQuote(in, i, out.lineLength, quotetabs, istext, header)) {
                if (out.lineLength + 3 >= MAX_LINE) {
                    out.softBreak();
                }
                out.quoted(c);
                i++;
            } else if (istext && (c == '\n' || (c == '\r' && i + 1 < n && in[i + 1] == '\n'))) {
                out.lineEnd();
                i += c == '\r' ? 2 : 1;
            } else {
                if (i + 1 != n && in[i + 1] != '\n' && out.lineLength + 1 >= MAX_LINE) {
                    out.softBreak();
                }
                out.plain(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** Whether {@code in[i]} is written as {@code =XX}. */
    private static boolean mustQuote(byte[] in, int i, int lineLength, boolean quotetabs,
            boolean istext, boolean header) {
        int c = in[i] & 0xff;
        int n = in.length;
        boolean last = i + 1 == n;
        if (c > 126 || c == '=' || (header && c == '_')) {
            return true;
        }
        // a '.' alone on a line would end an SMTP message
        if (c == '.' && lineLength == 0
                && (last || in[i + 1] == '\n' || in[i + 1] == '\r' || in[i + 1] == 0)) {
            return true;
        }
        if (!istext && (c == '\r' || c == '\n')) {
            return true;
        }
        if ((c == '\t' || c == ' ') && last) {
            return true;
        }
        return c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '));
    }

    /** The encoded output and the length of its current line. */
    private static final class Encoded extends ByteArrayOutputStream {
        private final boolean crlf;
        int lineLength;

        Encoded(int size, boolean crlf) {
            super(size);
            this.crlf = crlf;
        }

        void softBreak() {
            write('=');
            newline();
        }

        void quoted(int c) {
            write('=');
            write(HEX[c >> 4]);
            write(HEX[c & 15]);
            lineLength += 3;
        }

        void plain(int c) {
            write(c);
            lineLength++;
        }

        /** A hard line break; a space or tab just before it is quoted, or it would be lost. */
        void lineEnd() {
            if (count > 0 && (buf[count - 1] == ' ' || buf[count - 1] == '\t')) {
                int ws = buf[count - 1];
                count--;
                write('=');
                write(HEX[ws >> 4]);
                write(HEX[ws & 15]);
            }
            newline();
        }

        private void newline() {
            if (crlf) {
                write('\r');
            }
            write('\n');
            lineLength = 0;
        }
    }
}
