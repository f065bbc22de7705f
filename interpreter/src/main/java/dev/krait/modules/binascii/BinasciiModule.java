package dev.krait.modules.binascii;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.BytesMethods;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * {@code binascii}: hexlify/unhexlify, base64 lines (strict and lenient decoding), uuencoded
 * lines, {@code crc32} and {@code crc_hqx}, with {@code binascii.Error} (a ValueError) and
 * {@code binascii.Incomplete}; the quoted-printable functions are in {@link QuotedPrintable}.
 *
 * <p>CPython counterpart: Modules/binascii.c.
 */
@NativeModule.Register("binascii")
public final class BinasciiModule implements NativeModule {
    /** The module's exception classes, per interpreter. */
    static final class State {
        final PyType error = newException("Error", PyExceptions.ValueError);
        final PyType incomplete = newException("Incomplete", PyExceptions.Exception);

        private static PyType newException(String name, PyType base) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("binascii"));
            return (PyType) Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
        }
    }

    private static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    private static PyException error(String message) {
        return ((PyBaseException) Ops.call(state().error, PyStr.of(message))).raise();
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("binascii");
        ModuleBuilder.addFunctions(m, BinasciiModule.class);
        ModuleBuilder.addFunctions(m, QuotedPrintable.class);
        State st = interpreter.state(State.class, State::new);
        m.put("Error", st.error);
        m.put("Incomplete", st.incomplete);
        m.put("__doc__", PyStr.of("Conversion between binary data and ASCII"));
        return m;
    }

    // ---- arguments ---------------------------------------------------------------------------

    /** A bytes-like object, or a str of ASCII characters (the a2b_* functions' input). */
    // CPython: Modules/binascii.c ascii_buffer_converter
    static byte[] asciiData(PyObject arg) {
        if (arg instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) >= 128) {
                    throw PyExceptions.valueError(
                            "string argument should contain only ASCII characters");
                }
            }
            return v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        byte[] b = PyBytes.bytesLikeOrNull(arg);
        if (b == null) {
            throw PyExceptions.typeError("argument should be bytes, buffer or ASCII string, "
                    + "not '" + arg.type().getName() + "'");
        }
        return b;
    }

    static byte[] data(PyObject arg) {
        return PyBytes.requireBytesLike(arg);
    }

    static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : Numbers.index(o).signum() != 0;
    }

    /** An {@code unsigned_int(bitwise=True)}: any int, its low 32 bits. */
    private static long bitwise32(PyObject o) {
        return Numbers.index(o).bigValue().and(BigInteger.valueOf(0xffffffffL)).longValue();
    }

    // ---- hex ---------------------------------------------------------------------------------

    @Exposed("b2a_hex($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)")
    public static PyObject b2a_hex(PyObject data, PyObject sep, PyObject bytesPerSep) {
        PyObject hex = BytesMethods.hex(new PyBytes(data(data)), sep, bytesPerSep, true);
        return new PyBytes(((PyStr) hex).value().getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Exposed("hexlify($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)")
    public static PyObject hexlify(PyObject data, PyObject sep, PyObject bytesPerSep) {
        return b2a_hex(data, sep, bytesPerSep);
    }

    // CPython: Modules/binascii.c binascii_a2b_hex_impl
    @Exposed("a2b_hex($module, hexstr, /)")
    public static PyObject a2b_hex(PyObject hexstr) {
        byte[] b = asciiData(hexstr);
        if (b.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[b.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(b[2 * i] & 0xff, 16);
            int lo = Character.digit(b[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0 || (b[2 * i] & 0xff) >= 128 || (b[2 * i + 1] & 0xff) >= 128) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    @Exposed("unhexlify($module, hexstr, /)")
    public static PyObject unhexlify(PyObject hexstr) {
        return a2b_hex(hexstr);
    }

    // ---- base64 ------------------------------------------------------------------------------

    private static final String B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    // CPython: Modules/binascii.c binascii_b2a_base64_impl
    @Exposed("b2a_base64($module, data, /, *, newline=True)")
    public static PyObject b2a_base64(PyObject data, PyObject newline) {
        byte[] b = data(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | b[i + 2] & 0xff;
            out.write(B64.charAt(v >> 18));
            out.write(B64.charAt(v >> 12 & 0x3f));
            out.write(B64.charAt(v >> 6 & 0x3f));
            out.write(B64.charAt(v & 0x3f));
        }
        if (b.length - i == 1) {
            int v = b[i] & 0xff;
            out.write(B64.charAt(v >> 2));
            out.write(B64.charAt((v & 3) << 4));
            out.write('=');
            out.write('=');
        } else if (b.length - i == 2) {
            int v = (b[i] & 0xff) << 8 | b[i + 1] & 0xff;
            out.write(B64.charAt(v >> 10));
            out.write(B64.charAt(v >> 4 & 0x3f));
            out.write(B64.charAt((v & 0xf) << 2));
            out.write('=');
        }
        if (flag(newline, true)) {
            out.write('\n');
        }
        return new PyBytes(out.toByteArray());
    }

    // CPython: Modules/binascii.c binascii_a2b_base64_impl
    @Exposed("a2b_base64($module, data, /, *, strict_mode=False)")
    public static PyObject a2b_base64(PyObject data, PyObject strictMode) {
        byte[] b = asciiData(data);
        boolean strict = flag(strictMode, false);
        if (strict && b.length > 0 && b[0] == '=') {
            throw error("Leading padding not allowed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 3 / 4 + 3);
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < b.length; i++) {
            int ch = b[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < b.length) {
                        throw error("Excess data after padding");
                    }
                    return new PyBytes(out.toByteArray());
                }
                continue;
            }
            int v = ch < 128 ? B64.indexOf(ch) : -1;
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftchar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out.write(leftchar << 2 | v >> 4);
                    leftchar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out.write(leftchar << 4 | v >> 2);
                    leftchar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out.write(leftchar << 6 | v);
                    leftchar = 0;
                }
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters ("
                    + (out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
        } else if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return new PyBytes(out.toByteArray());
    }

    // ---- uuencode ----------------------------------------------------------------------------

    // CPython: Modules/binascii.c binascii_a2b_uu_impl
    @Exposed("a2b_uu($module, data, /)")
    public static PyObject a2b_uu(PyObject data) {
        byte[] b = asciiData(data);
        // an empty line reads its length from the terminating NUL, as CPython's does
        int binLen = ((b.length > 0 ? b[0] & 0xff : 0) - ' ') & 077;
        byte[] out = new byte[binLen];
        int o = 0;
        int pos = 1;
        int remaining = b.length - 1;
        int leftbits = 0;
        int leftchar = 0;
        for (; binLen > 0; remaining--, pos++) {
            int ch = remaining > 0 ? b[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || remaining <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            leftchar = leftchar << 6 | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[o++] = (byte) (leftchar >> leftbits);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (remaining-- > 0) {
            int ch = b[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return new PyBytes(out);
    }

    // CPython: Modules/binascii.c binascii_b2a_uu_impl
    @Exposed("b2a_uu($module, data, /, *, backtick=False)")
    public static PyObject b2a_uu(PyObject data, PyObject backtickArg) {
        byte[] b = data(data);
        boolean backtick = flag(backtickArg, false);
        if (b.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (b.length + 2) / 3 * 4);
        out.write(backtick && b.length == 0 ? '`' : ' ' + b.length);
        int leftbits = 0;
        int leftchar = 0;
        for (int i = 0, n = b.length; n > 0 || leftbits != 0; n--, i++) {
            leftchar = n > 0 ? leftchar << 8 | b[i] & 0xff : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = leftchar >> (leftbits - 6) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
            leftchar &= (1 << leftbits) - 1;
        }
        out.write('\n');
        return new PyBytes(out.toByteArray());
    }

    // ---- checksums ---------------------------------------------------------------------------

    private static final int[] CRC32_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ c >>> 1 : c >>> 1;
            }
            CRC32_TABLE[n] = c;
        }
    }

    // CPython: Modules/binascii.c binascii_crc32_impl (zlib's CRC-32)
    @Exposed("crc32($module, data, crc=0, /)")
    public static PyObject crc32(PyObject data, PyObject crcArg) {
        byte[] b = data(data);
        int crc = crcArg == null ? 0 : (int) bitwise32(crcArg);
        crc = ~crc;
        for (byte x : b) {
            crc = CRC32_TABLE[(crc ^ x) & 0xff] ^ crc >>> 8;
        }
        return PyInt.of(~crc & 0xffffffffL);
    }

    // CPython: Modules/binascii.c binascii_crc_hqx_impl (CRC-CCITT, polynomial 0x1021)
    @Exposed("crc_hqx($module, data, crc, /)")
    public static PyObject crc_hqx(PyObject data, PyObject crcArg) {
        byte[] b = data(data);
        int crc = (int) bitwise32(crcArg) & 0xffff;
        for (byte x : b) {
            crc ^= (x & 0xff) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? crc << 1 ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return PyInt.of(crc);
    }
}
