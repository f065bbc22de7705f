package dev.krait.objects;

import java.io.ByteArrayOutputStream;

/**
 * The text codecs that {@code bytes.decode}, {@code str.encode} and the text layer of {@code _io}
 * stand on: UTF-8, Latin-1 and ASCII, with CPython's error handlers (strict, replace, ignore,
 * surrogateescape, backslashreplace, and xmlcharrefreplace for encoding) and CPython's exact
 * {@code UnicodeDecodeError}/{@code UnicodeEncodeError} ranges and reasons. Decoding can stop
 * before an incomplete trailing sequence, which is what an incremental decoder needs.
 *
 * <p>It also carries {@code str.encode}, joined to {@code str}'s methods by {@link PyStr#TYPE}.
 * Any other encoding, and an error handler these paths do not know (namereplace, surrogatepass,
 * one a program registered), is reached through the {@code _codecs} module
 * ({@link #codecsModule}): the codec registry and the full codecs live there.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c (PyUnicode_DecodeUTF8Stateful, the Latin-1
 * and ASCII codecs, unicode_encode_utf8) and Objects/stringlib/codecs.h.
 */
public final class StrCodecs {
    private StrCodecs() {}

    /** The codecs implemented here, by CPython's canonical error-message name. */
    public enum Codec {
        UTF8("utf-8"), LATIN1("latin-1"), ASCII("ascii"),
        /** UTF-8 with a byte-order mark first; its errors name "utf-8", as CPython's do. */
        UTF8_SIG("utf-8");

        public final String displayName;

        Codec(String displayName) {
            this.displayName = displayName;
        }

        public boolean isUtf8() {
            return this == UTF8 || this == UTF8_SIG;
        }
    }

    /** The error handlers, as CPython names them. */
    public enum Handler { STRICT, REPLACE, IGNORE, SURROGATEESCAPE, BACKSLASHREPLACE,
        XMLCHARREFREPLACE }

    /**
     * The codec implemented here for an encoding name or any of its aliases in
     * {@code encodings.aliases} (the text layer of {@code _io} uses these directly), or null
     * for an encoding only the registry has.
     */
    // CPython: Lib/encodings/aliases.py (the aliases of utf_8, utf_8_sig, latin_1, ascii)
    public static Codec textCodec(String encoding) {
        return switch (normalizeEncoding(encoding)) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> Codec.UTF8;
            case "utf_8_sig" -> Codec.UTF8_SIG;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859",
                "cp819", "iso_ir_100", "csisolatin1", "ibm819", "iso_8859_1_1987", "iso8859" ->
                Codec.LATIN1;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us", "cp367",
                "csascii", "ibm367", "iso_646.irv_1991", "iso_ir_6", "ansi_x3_4_1968",
                "ansi_x3.4_1986" -> Codec.ASCII;
            default -> null;
        };
    }

    /**
     * The error handler for a name that the fast paths handle themselves, or null for the others
     * (namereplace, surrogatepass, handlers registered by programs), which the full codecs of
     * {@code _codecs} handle through the error registry.
     */
    public static Handler handler(String errors) {
        return switch (errors) {
            case "strict" -> Handler.STRICT;
            case "replace" -> Handler.REPLACE;
            case "ignore" -> Handler.IGNORE;
            case "surrogateescape" -> Handler.SURROGATEESCAPE;
            case "backslashreplace" -> Handler.BACKSLASHREPLACE;
            case "xmlcharrefreplace" -> Handler.XMLCHARREFREPLACE;
            default -> null;
        };
    }

    // ---- the codec registry ------------------------------------------------------------------

    /**
     * The running interpreter's {@code _codecs} module, through which codecs beyond these three
     * and error handlers beyond the common ones are reached. The runtime installs it (this
     * package cannot see the interpreter); until then only the fast codecs exist.
     */
    public static volatile java.util.function.Supplier<PyObject> codecsModule = () -> {
        throw PyExceptions.of(PyExceptions.LookupError,
                "no codec search functions registered: can't find encoding");
    };

    /**
     * An encoding name normalised as CPython's C code does before its fast paths and registry:
     * ASCII letters lower-cased, each run of other characters (but '.') one '_', dropped at
     * the start and end ("UTF-8" and " utf 8 " are both "utf_8").
     */
    // CPython: Objects/unicodeobject.c _Py_normalize_encoding
    public static String normalizeEncoding(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.';
            if (alnum) {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /**
     * The fast codec for an encoding name, or null when the name must go through the codec
     * registry (CPython's fast paths know exactly these spellings; aliases such as "u8" reach
     * the same codecs through {@code encodings}).
     */
    // CPython: Objects/unicodeobject.c PyUnicode_Decode and PyUnicode_AsEncodedString
    public static Codec fastCodec(String encoding) {
        // the usual spellings first, without building a normalised copy
        switch (encoding) {
            case "utf-8", "utf8", "UTF-8" -> {
                return Codec.UTF8;
            }
            case "ascii" -> {
                return Codec.ASCII;
            }
            case "latin-1", "latin1" -> {
                return Codec.LATIN1;
            }
            default -> { }
        }
        return switch (normalizeEncoding(encoding)) {
            case "utf_8", "utf8" -> Codec.UTF8;
            case "latin_1", "latin1", "iso_8859_1", "iso8859_1" -> Codec.LATIN1;
            case "ascii", "us_ascii" -> Codec.ASCII;
            default -> null;
        };
    }

    /** The name of a fast codec's function in {@code _codecs} ("utf_8" for utf_8_encode). */
    private static String codecsName(Codec codec) {
        return switch (codec) {
            case UTF8, UTF8_SIG -> "utf_8";
            case LATIN1 -> "latin_1";
            case ASCII -> "ascii";
        };
    }

    private static PyObject codecsFunction(String name) {
        return Attributes.getAttr(codecsModule.get(), name);
    }

    /**
     * {@code str.encode(encoding, errors)}: the fast codecs directly, any other through the
     * registry; {@code errors} is null when the caller gave none (a registry codec then gets
     * one argument, as in CPython).
     */
    // CPython: Objects/unicodeobject.c PyUnicode_AsEncodedString
    public static PyBytes encodeText(PyStr s, String encoding, String errors) {
        checkEncodingErrors(encoding, errors);
        Codec c = fastCodec(encoding);
        if (c != null) {
            return new PyBytes(encode(s, c, errors == null ? "strict" : errors));
        }
        PyObject v = registryCall(s, encoding, errors, true);
        if (v instanceof PyBytes b) {
            return b;
        }
        if (v instanceof PyByteArray a) {
            return new PyBytes(a.toArray());
        }
        throw PyExceptions.typeError("'" + encoding + "' encoder returned '"
                + v.type().getName() + "' instead of 'bytes'; use codecs.encode() to encode to "
                + "arbitrary types");
    }

    /** Whether the interpreter runs in development mode ({@code -X dev}); set with sys.flags. */
    public static final class DevMode {
        public boolean on;
    }

    /**
     * In development mode, an unknown encoding or error handler is refused (LookupError) even
     * when the text would not need it, so that a typo shows at once.
     */
    // CPython: Objects/unicodeobject.c unicode_check_encoding_errors
    private static void checkEncodingErrors(String encoding, String errors) {
        if (errors == null && fastCodec(encoding) != null) {
            return;
        }
        dev.krait.runtime.Interpreter interp = dev.krait.runtime.ThreadState.current().interpreter;
        if (!interp.state(DevMode.class, DevMode::new).on) {
            return;
        }
        Ops.call(codecsFunction("lookup"), PyStr.of(encoding));
        if (errors != null) {
            Ops.call(codecsFunction("lookup_error"), PyStr.of(errors));
        }
    }

    /** {@code bytes.decode(encoding, errors)}: as {@link #encodeText}, the other way. */
    // CPython: Objects/unicodeobject.c PyUnicode_Decode
    public static PyStr decodeText(byte[] b, String encoding, String errors) {
        checkEncodingErrors(encoding, errors);
        Codec c = fastCodec(encoding);
        if (c != null) {
            return decode(b, 0, b.length, c, errors == null ? "strict" : errors);
        }
        // CPython hands a registry decoder a memoryview of the buffer
        PyObject v = registryCall(PyMemoryView.__new__(PyMemoryView.TYPE, new PyBytes(b)),
                encoding, errors, false);
        if (v instanceof PyStr str) {
            return str;
        }
        throw PyExceptions.typeError("'" + encoding + "' decoder returned '"
                + v.type().getName() + "' instead of 'str'; use codecs.decode() to decode to "
                + "arbitrary types");
    }

    /**
     * The codec info of a text encoding: LookupError for codecs that mark themselves as not
     * for text (base64, rot13...), naming {@code alternative} as the way to use them.
     */
    // CPython: Python/codecs.c _PyCodec_LookupTextEncoding
    public static PyObject lookupTextEncoding(String encoding, String alternative) {
        PyObject codec = Ops.call(codecsFunction("lookup"), PyStr.of(encoding));
        if (codec.type() != PyTuple.TYPE) {
            PyObject text = Attributes.lookupAttrOrNull(codec, "_is_text_encoding");
            if (text != null && !Ops.isTrue(text)) {
                throw PyExceptions.of(PyExceptions.LookupError, "'" + encoding
                        + "' is not a text encoding; use " + alternative
                        + " to handle arbitrary codecs");
            }
        }
        return codec;
    }

    /**
     * Names the codec in an error it raised: "encoding with 'base64' codec failed (TypeError:
     * ...)", a new exception of the same type chained to the original — only for exceptions
     * that hold nothing but a message, so that no state is lost; the others pass unchanged.
     */
    // CPython: Python/codecs.c wrap_codec_error and Objects/exceptions.c _PyErr_TrySetFromCause
    public static PyException wrapCodecError(PyException e, String operation, String encoding) {
        PyBaseException v = e.value;
        PyType t = v.type();
        PyType base = PyExceptions.BaseException;
        if (!plainLayout(t) || t.lookup("__init__") != base.lookup("__init__")
                || t.lookup("__new__") != base.lookup("__new__") || v.args.size() > 1
                || v.args.size() == 1 && v.args.get(0).type() != PyStr.TYPE
                || v.existingDict() != null && v.existingDict().size() != 0) {
            return e;
        }
        String msg = operation + " with '" + encoding + "' codec failed (" + t.getName() + ": "
                + Ops.str(v) + ")";
        PyBaseException w = (PyBaseException) Ops.call(t, PyStr.of(msg));
        w.cause = v;
        w.suppressContext = true;
        return w.raise();
    }

    /**
     * Whether instances of exception type {@code t} are a plain BaseException's: not of the
     * builtin exceptions that keep more state (a class of a program's that inherits
     * BaseException's __init__ and __new__ is plain, as in CPython, which compares basic sizes).
     */
    private static boolean plainLayout(PyType t) {
        return t.javaClass() == PyBaseException.class;
    }

    /** Looks up a text encoding and calls its encoder or decoder on {@code obj}. */
    // CPython: Python/codecs.c _PyCodec_EncodeText, _PyCodec_DecodeText
    private static PyObject registryCall(PyObject obj, String encoding, String errors,
            boolean encode) {
        PyObject codec = lookupTextEncoding(encoding, encode ? "codecs.encode()"
                : "codecs.decode()");
        PyObject fn = Containers.getItem(codec, PyInt.of(encode ? 0 : 1));
        PyObject result;
        try {
            result = errors == null ? Ops.call(fn, obj) : Ops.call(fn, obj, PyStr.of(errors));
        } catch (PyException e) {
            throw wrapCodecError(e, encode ? "encoding" : "decoding", encoding);
        }
        if (!(result instanceof PyTuple t) || t.size() != 2) {
            throw PyExceptions.typeError(encode ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    // ---- decoding ----------------------------------------------------------------------------

    /** Decodes all of {@code b} ({@code bytes.decode}). */
    public static PyStr decode(byte[] b, int from, int to, Codec codec, String errors) {
        if (codec == Codec.UTF8_SIG && hasBom(b, from, to)) {
            from += 3;
        }
        String bulk = decodeInBulk(b, from, to, codec);
        if (bulk != null) {
            return PyStr.of(bulk);
        }
        StringBuilder sb = new StringBuilder(to - from);
        decodeInto(sb, b, from, to, codec, errors, true);
        return PyStr.of(sb.toString());
    }

    /**
     * {@code b[from:to]} decoded by the JDK in one pass, when that gives Python's text, else
     * null: the caller's {@link #decodeInto} then decides, whose per-byte appends ran cold in
     * the bytecode interpreter (200 us for 12,000 bytes; CPython 1.5). The JDK's UTF-8
     * decoder refuses overlong forms, encoded surrogates and code points past U+10FFFF, as
     * CPython's does, so text without a replacement character is Python's.
     */
    private static String decodeInBulk(byte[] b, int from, int to, Codec codec) {
        String text = new String(b, from, to - from, charset(codec));
        // the JDK puts U+FFFD for what it cannot decode; valid input holding U+FFFD itself
        // takes the caller's path too (for all-Latin-1 text the search is a single test)
        return codec == Codec.LATIN1 || text.indexOf('\uFFFD') < 0 ? text : null;
    }

    /**
     * Decodes {@code b[from:to]} into {@code out} and returns the index where decoding stopped:
     * {@code to}, or (when not {@code last}) the start of an incomplete trailing UTF-8 sequence
     * that the next chunk may complete.
     */
    public static int decodeInto(StringBuilder out, byte[] b, int from, int to, Codec codec,
            String errors, boolean last) {
        Handler h = null;
        int outStart = out.length();
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            if (codec == Codec.LATIN1) {
                out.append((char) c);
                i++;
                continue;
            }
            int errEnd;
            String reason;
            if (codec == Codec.ASCII) {
                errEnd = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need < 0) {
                    errEnd = i + 1;
                    reason = "invalid start byte";
                } else {
                    int valid = validContinuations(b, i, to, c, need);
                    if (valid == need) {
                        out.appendCodePoint(codePoint(b, i, c, need));
                        i += need + 1;
                        continue;
                    }
                    if (i + 1 + valid == to) {
                        // The sequence is a valid prefix cut off by the end of the input.
                        if (!last) {
                            return i;
                        }
                        errEnd = to;
                        reason = "unexpected end of data";
                    } else {
                        errEnd = i + 1 + valid;
                        reason = "invalid continuation byte";
                    }
                }
            }
            if (h == null) {
                h = handler(errors);
                if (h == null) {
                    // A handler only the registry knows: the full codec redoes the whole input.
                    out.setLength(outStart);
                    return generalDecode(out, b, from, to, codec, errors, last);
                }
            }
            decodeError(out, b, from, to, i, errEnd, codec, h, reason);
            i = errEnd;
        }
        return to;
    }

    private static int generalDecode(StringBuilder out, byte[] b, int from, int to, Codec codec,
            String errors, boolean last) {
        PyBytes data = new PyBytes(java.util.Arrays.copyOfRange(b, from, to));
        PyObject r = codec == Codec.UTF8 || codec == Codec.UTF8_SIG
                ? Ops.call(codecsFunction("utf_8_decode"), data, PyStr.of(errors),
                        PyBool.of(last))
                : Ops.call(codecsFunction(codecsName(codec) + "_decode"), data,
                        PyStr.of(errors));
        PyTuple t = (PyTuple) r;
        out.append(((PyStr) t.get(0)).value());
        return from + (int) Numbers.index(t.get(1)).longValue();
    }

    /** How many of the {@code need} bytes after lead byte {@code c} at {@code i} are valid. */
    // CPython: Objects/stringlib/codecs.h utf8_decode (the second-byte ranges for E0, ED, F0, F4)
    public static int validContinuations(byte[] b, int i, int to, int c, int need) {
        for (int k = 1; k <= need; k++) {
            if (i + k >= to) {
                return k - 1;
            }
            int x = b[i + k] & 0xff;
            int lo = 0x80;
            int hi = 0xBF;
            if (k == 1) {
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                } else if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            }
            if (x < lo || x > hi) {
                return k - 1;
            }
        }
        return need;
    }

    private static int codePoint(byte[] b, int i, int c, int need) {
        int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
        for (int k = 1; k <= need; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    private static void decodeError(StringBuilder out, byte[] b, int from, int to, int start,
            int end, Codec codec, Handler h, String reason) {
        switch (h) {
            case REPLACE -> out.append('\uFFFD');
            case IGNORE -> { }
            case SURROGATEESCAPE -> {
                for (int k = start; k < end; k++) {
                    int x = b[k] & 0xff;
                    if (x < 128) {
                        throw decodeException(b, from, to, start, end, codec, reason);
                    }
                    out.append((char) (0xDC00 + x));
                }
            }
            case BACKSLASHREPLACE -> {
                for (int k = start; k < end; k++) {
                    appendHex(out, "\\x", b[k] & 0xff, 2);
                }
            }
            case XMLCHARREFREPLACE -> throw PyExceptions.typeError(
                    "don't know how to handle UnicodeDecodeError in error callback");
            default -> throw decodeException(b, from, to, start, end, codec, reason);
        }
    }

    private static PyException decodeException(byte[] b, int from, int to, int start, int end,
            Codec codec, String reason) {
        byte[] object = java.util.Arrays.copyOfRange(b, from, to);
        return unicodeError(PyExceptions.UnicodeDecodeError, codec.displayName,
                new PyBytes(object), start - from, end - from, reason);
    }

    /** A UnicodeDecodeError/UnicodeEncodeError with CPython's args and attributes. */
    static PyException unicodeError(PyType t, String encoding, PyObject object, int start,
            int end, String reason) {
        return PyUnicodeError.of(t, encoding, object, start, end, reason).raise();
    }

    // ---- encoding ----------------------------------------------------------------------------

    /** Whether {@code b[from:to]} starts with UTF-8's byte-order mark. */
    public static boolean hasBom(byte[] b, int from, int to) {
        return to - from >= 3 && b[from] == (byte) 0xEF && b[from + 1] == (byte) 0xBB
                && b[from + 2] == (byte) 0xBF;
    }

    /** Encodes a str with a codec and an error handler ({@code str.encode}). */
    public static byte[] encode(PyStr s, Codec codec, String errors) {
        if (codec == Codec.UTF8_SIG) {
            byte[] body = encodeBody(s, codec, errors);
            byte[] r = new byte[body.length + 3];
            r[0] = (byte) 0xEF;
            r[1] = (byte) 0xBB;
            r[2] = (byte) 0xBF;
            System.arraycopy(body, 0, r, 3, body.length);
            return r;
        }
        return encodeBody(s, codec, errors);
    }

    /** Encodes without a byte-order mark (a stream's writes after its first). */
    public static byte[] encodeBody(PyStr s, Codec codec, String errors) {
        // (a str made from code points with a high surrogate before a low one reads as a pair)
        byte[] bulk = s.textIsExact() ? encodeInBulk(s.value(), codec) : null;
        if (bulk != null) {
            return bulk;
        }
        int limit = codec == Codec.ASCII ? 0x80 : codec == Codec.LATIN1 ? 0x100 : 0x110000;
        String v = s.value();
        if (s.isSimple()) {
            // the largest char decides: below the limit (and ASCII for UTF-8), one copy does
            char max = 0;
            for (int k = 0; k < v.length(); k++) {
                max = (char) Math.max(max, v.charAt(k));
            }
            if (max < 0x80 || max < limit && !codec.isUtf8()) {
                return v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (codec.isUtf8()) {
                // No surrogate units at all: Java's encoder gives exactly Python's bytes.
                return v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        int[] cps = s.codePoints();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        Handler h = null;
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            boolean bad = cp >= limit || codec.isUtf8() && cp >= 0xD800 && cp <= 0xDFFF;
            if (!bad) {
                putCodePoint(out, cp, codec);
                i++;
                continue;
            }
            // CPython reports a run of unencodable characters as one error range.
            int end = i + 1;
            while (end < cps.length && unencodable(cps[end], limit, codec)) {
                end++;
            }
            if (h == null) {
                h = handler(errors);
                if (h == null) {
                    PyObject r = Ops.call(codecsFunction(codecsName(codec) + "_encode"), s,
                            PyStr.of(errors));
                    return ((PyBytes) ((PyTuple) r).get(0)).array();
                }
            }
            String reason = codec.isUtf8() ? "surrogates not allowed"
                    : "ordinal not in range(" + limit + ")";
            encodeError(out, s, cps, i, end, codec, h, reason);
            i = end;
        }
        return out.toByteArray();
    }

    /**
     * The text encoded by the JDK in one pass, when that gives Python's bytes, else null (the
     * caller's per-character path and its error handlers then decide). The JDK replaces what
     * it cannot encode with '?' where Python would raise or call a handler, so its bytes count
     * only when they decode back to the same text; a surrogate pair, one astral code point in
     * Krait's strings, encodes as Python's. A scan of each character first (for surrogates,
     * then for the largest) ran cold in the bytecode interpreter: a 12,000-character
     * {@code str.encode()} took 170-250 us, against CPython's 0.5.
     */
    private static byte[] encodeInBulk(String v, Codec codec) {
        java.nio.charset.Charset charset = charset(codec);
        byte[] bytes = v.getBytes(charset);
        return new String(bytes, charset).equals(v) ? bytes : null;
    }

    private static java.nio.charset.Charset charset(Codec codec) {
        return codec.isUtf8() ? java.nio.charset.StandardCharsets.UTF_8
                : codec == Codec.LATIN1 ? java.nio.charset.StandardCharsets.ISO_8859_1
                : java.nio.charset.StandardCharsets.US_ASCII;
    }

    private static boolean unencodable(int cp, int limit, Codec codec) {
        return cp >= limit || codec.isUtf8() && cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static void putCodePoint(ByteArrayOutputStream out, int cp, Codec codec) {
        if (cp < 0x80 || !codec.isUtf8()) {
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

    private static void encodeError(ByteArrayOutputStream out, PyStr s, int[] cps, int start,
            int end, Codec codec, Handler h, String reason) {
        for (int k = start; k < end; k++) {
            int cp = cps[k];
            switch (h) {
                case REPLACE -> out.write('?');
                case IGNORE -> { }
                case SURROGATEESCAPE -> {
                    if (cp < 0xDC80 || cp > 0xDCFF) {
                        throw encodeException(s, k, end, cps, codec, reason);
                    }
                    out.write(cp - 0xDC00);
                }
                case BACKSLASHREPLACE -> {
                    StringBuilder sb = new StringBuilder();
                    appendHex(sb, cp <= 0xff ? "\\x" : cp <= 0xffff ? "\\u" : "\\U", cp,
                            cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8);
                    out.writeBytes(sb.toString().getBytes(
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                case XMLCHARREFREPLACE -> out.writeBytes(("&#" + cp + ";").getBytes(
                        java.nio.charset.StandardCharsets.ISO_8859_1));
                default -> throw encodeException(s, start, end, cps, codec, reason);
            }
        }
    }

    private static PyException encodeException(PyStr s, int start, int end, int[] cps,
            Codec codec, String reason) {
        int stop = start + 1;
        while (stop < end && unencodable(cps[stop], codec == Codec.ASCII ? 0x80
                : codec == Codec.LATIN1 ? 0x100 : 0x110000, codec)) {
            stop++;
        }
        return unicodeError(PyExceptions.UnicodeEncodeError, codec.displayName, s, start, stop,
                reason);
    }

    private static void appendHex(StringBuilder sb, String prefix, int value, int width) {
        String hex = Integer.toHexString(value);
        sb.append(prefix);
        for (int k = hex.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }

    // ---- the messages ------------------------------------------------------------------------

    /** {@code str(obj, encoding, errors)}: decodes a bytes-like object. */
    // CPython: Objects/unicodeobject.c PyUnicode_FromEncodedObject
    static PyStr decodeObject(PyObject obj, PyObject encoding, PyObject errors) {
        String enc = argument(encoding, "str", "encoding", 2, "utf-8");
        String err = argument(errors, "str", "errors", 3, "strict");
        if (obj instanceof PyStr) {
            throw PyExceptions.typeError("decoding str is not supported");
        }
        byte[] b = PyBytes.bytesLikeOrNull(obj);
        if (b == null) {
            throw PyExceptions.typeError("decoding to str: need a bytes-like object, "
                    + obj.type().getName() + " found");
        }
        return decodeText(b, enc, errors == null ? null : err);
    }

    // ---- str.encode --------------------------------------------------------------------------

    /** The encoding or errors argument of a codec call, which must be a str. */
    public static String argument(PyObject o, String fn, String name, int pos, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return CArgs.cString(s);
        }
        throw PyExceptions.typeError(fn + "() argument '" + name + "' must be str, not "
                + o.type().getName());
    }

    @Exposed("encode($self, /, encoding='utf-8', errors='strict')")
    public static PyObject encode(PyStr self, PyObject encoding, PyObject errors) {
        String enc = argument(encoding, "encode", "encoding", 1, "utf-8");
        String err = argument(errors, "encode", "errors", 2, "strict");
        return encodeText(self, enc, errors == null ? null : err);
    }
}
