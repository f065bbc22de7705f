package dev.krait.modules.codecs;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.unicode.UnicodeData;
import dev.krait.objects.ExposedTable;

/**
 * The error handlers every interpreter has under fixed names — strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass — both as the
 * Python functions {@code codecs.lookup_error} returns and as the Java computations the codecs
 * use directly (the same answers, without building an exception per error).
 *
 * <p>CPython counterpart: Python/codecs.c (PyCodec_StrictErrors ... PyCodec_SurrogateEscapeErrors,
 * and the {@code methods} table of _PyCodecRegistry_Init).
 */
public final class ErrorHandlers {
    private ErrorHandlers() {}

    /** The standard handlers, and OTHER for a handler found in the registry. */
    enum Kind { STRICT, IGNORE, REPLACE, BACKSLASHREPLACE, XMLCHARREFREPLACE, NAMEREPLACE,
        SURROGATEESCAPE, SURROGATEPASS, OTHER }

    /** The kind of handler {@code errors} names (null means strict, as in CPython). */
    static Kind kind(String errors) {
        if (errors == null) {
            return Kind.STRICT;
        }
        return switch (errors) {
            case "strict" -> Kind.STRICT;
            case "ignore" -> Kind.IGNORE;
            case "replace" -> Kind.REPLACE;
            case "backslashreplace" -> Kind.BACKSLASHREPLACE;
            case "xmlcharrefreplace" -> Kind.XMLCHARREFREPLACE;
            case "namereplace" -> Kind.NAMEREPLACE;
            case "surrogateescape" -> Kind.SURROGATEESCAPE;
            case "surrogatepass" -> Kind.SURROGATEPASS;
            default -> Kind.OTHER;
        };
    }

    /** Fills a fresh registry with the standard handlers' functions. */
    static void registerStandard(PyDict registry) {
        String[][] names = {{"strict", "strict_errors"}, {"ignore", "ignore_errors"},
            {"replace", "replace_errors"}, {"xmlcharrefreplace", "xmlcharrefreplace_errors"},
            {"backslashreplace", "backslashreplace_errors"},
            {"namereplace", "namereplace_errors"}, {"surrogateescape", "surrogateescape"},
            {"surrogatepass", "surrogatepass"}};
        for (String[] n : names) {
            registry.setItem(PyStr.of(n[0]), function(n[1]));
        }
    }

    private static PyObject function(String name) {
        ExposedTable table = ExposedTable.of(ErrorHandlers.class);
        for (ExposedTable.Member m : table.members()) {
            if (m.role() == ExposedTable.Role.METHOD && m.value().startsWith(name + "(")) {
                return ModuleBuilder.function(table, m, "_codecs");
            }
        }
        throw new IllegalStateException(name);
    }

    // ---- the replacements, shared by the functions and the codecs ----------------------------

    /** The Unicode escape of one code point: \xhh, \\uhhhh or \\Uhhhhhhhh. */
    static void appendEscape(StringBuilder sb, int cp) {
        if (cp <= 0xff) {
            appendHex(sb, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            appendHex(sb, "\\u", cp, 4);
        } else {
            appendHex(sb, "\\U", cp, 8);
        }
    }

    static void appendHex(StringBuilder sb, String prefix, int value, int width) {
        sb.append(prefix);
        String hex = Integer.toHexString(value);
        for (int k = hex.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(hex);
    }

    /**
     * What a standard handler (not strict, not OTHER) puts in place of code points
     * {@code cps[start:end]} that cannot be encoded, as text; null for the handlers whose answer
     * is bytes (surrogateescape, surrogatepass) or that refuse (then the caller raises).
     */
    // CPython: Python/codecs.c PyCodec_ReplaceErrors ... PyCodec_NameReplaceErrors
    static String encodeReplacement(Kind kind, int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case IGNORE -> { }
            case REPLACE -> sb.append("?".repeat(end - start));
            case BACKSLASHREPLACE -> {
                for (int i = start; i < end; i++) {
                    appendEscape(sb, cps[i]);
                }
            }
            case XMLCHARREFREPLACE -> {
                for (int i = start; i < end; i++) {
                    sb.append("&#").append(cps[i]).append(';');
                }
            }
            case NAMEREPLACE -> {
                for (int i = start; i < end; i++) {
                    String name = UnicodeData.name(cps[i]);
                    if (name != null) {
                        sb.append("\\N{").append(name).append('}');
                    } else {
                        appendEscape(sb, cps[i]);
                    }
                }
            }
            default -> {
                return null;
            }
        }
        return sb.toString();
    }

    /**
     * The bytes surrogateescape or surrogatepass make of {@code cps[start:end]}, or null when one
     * of them is not theirs to encode (the original error is then raised).
     */
    // CPython: Python/codecs.c PyCodec_SurrogateEscapeErrors, PyCodec_SurrogatePassErrors
    static byte[] encodeBytes(Kind kind, String encoding, int[] cps, int start, int end) {
        if (kind == Kind.SURROGATEESCAPE) {
            byte[] r = new byte[end - start];
            for (int i = start; i < end; i++) {
                if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                    return null;
                }
                r[i - start] = (byte) (cps[i] - 0xdc00);
            }
            return r;
        }
        int code = standardEncoding(encoding);
        if (code == UNKNOWN) {
            return null;
        }
        int width = code == UTF8 ? 3 : code <= UTF16LE ? 2 : 4;
        byte[] r = new byte[width * (end - start)];
        int o = 0;
        for (int i = start; i < end; i++) {
            int ch = cps[i];
            if (ch < 0xd800 || ch > 0xdfff) {
                return null;
            }
            switch (code) {
                case UTF8 -> {
                    r[o++] = (byte) (0xe0 | ch >> 12);
                    r[o++] = (byte) (0x80 | ch >> 6 & 0x3f);
                    r[o++] = (byte) (0x80 | ch & 0x3f);
                }
                case UTF16LE -> {
                    r[o++] = (byte) ch;
                    r[o++] = (byte) (ch >> 8);
                }
                case UTF16BE -> {
                    r[o++] = (byte) (ch >> 8);
                    r[o++] = (byte) ch;
                }
                case UTF32LE -> {
                    r[o++] = (byte) ch;
                    r[o++] = (byte) (ch >> 8);
                    r[o++] = 0;
                    r[o++] = 0;
                }
                default -> {
                    r[o++] = 0;
                    r[o++] = 0;
                    r[o++] = (byte) (ch >> 8);
                    r[o++] = (byte) ch;
                }
            }
        }
        return r;
    }

    /**
     * Applies a standard handler (not strict, not OTHER) to undecodable bytes
     * {@code input[start:end]}: appends its text and returns where decoding resumes, or -1 when
     * the handler refuses (the caller raises the original error). xmlcharrefreplace and
     * namereplace, which only encode, raise their TypeError here.
     */
    static int decodeReplacement(Kind kind, String encoding, byte[] input, int start, int end,
            StringBuilder out) {
        switch (kind) {
            case IGNORE -> {
                return end;
            }
            case REPLACE -> {
                out.append('\uFFFD');
                return end;
            }
            case BACKSLASHREPLACE -> {
                for (int i = start; i < end; i++) {
                    appendHex(out, "\\x", input[i] & 0xff, 2);
                }
                return end;
            }
            case SURROGATEESCAPE -> {
                int consumed = 0;
                while (consumed < 4 && consumed < end - start) {
                    int b = input[start + consumed] & 0xff;
                    if (b < 128) {
                        break;
                    }
                    out.append((char) (0xdc00 + b));
                    consumed++;
                }
                return consumed == 0 ? -1 : start + consumed;
            }
            case SURROGATEPASS -> {
                return surrogatePassDecode(encoding, input, start, out);
            }
            default -> throw PyExceptions.typeError(
                    "don't know how to handle UnicodeDecodeError in error callback");
        }
    }

    // CPython: Python/codecs.c PyCodec_SurrogatePassErrors (the decoding half)
    private static int surrogatePassDecode(String encoding, byte[] p, int start,
            StringBuilder out) {
        int code = standardEncoding(encoding);
        if (code == UNKNOWN) {
            return -1;
        }
        int width = code == UTF8 ? 3 : code <= UTF16LE ? 2 : 4;
        int ch = 0;
        if (p.length - start >= width) {
            int a = p[start] & 0xff;
            int b = p[start + 1] & 0xff;
            switch (code) {
                case UTF8 -> {
                    int c = p[start + 2] & 0xff;
                    if ((a & 0xf0) == 0xe0 && (b & 0xc0) == 0x80 && (c & 0xc0) == 0x80) {
                        ch = ((a & 0x0f) << 12) + ((b & 0x3f) << 6) + (c & 0x3f);
                    }
                }
                case UTF16LE -> ch = b << 8 | a;
                case UTF16BE -> ch = a << 8 | b;
                case UTF32LE -> ch = (p[start + 3] & 0xff) << 24 | (p[start + 2] & 0xff) << 16
                        | b << 8 | a;
                default -> ch = a << 24 | b << 16 | (p[start + 2] & 0xff) << 8
                        | (p[start + 3] & 0xff);
            }
        }
        if (ch < 0xd800 || ch > 0xdfff) {
            return -1;
        }
        out.append((char) ch);
        return start + width;
    }

    static final int UNKNOWN = -1;
    static final int UTF8 = 0;
    static final int UTF16BE = 1;
    static final int UTF16LE = 2;
    static final int UTF32BE = 3;
    static final int UTF32LE = 4;

    /** Which UTF an exception's encoding name is, for surrogatepass (little-endian native). */
    // CPython: Python/codecs.c get_standard_encoding
    static int standardEncoding(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT);
        if (e.equals("cp_utf8") && encoding.equals("CP_UTF8")) {
            return UTF8;
        }
        if (!e.startsWith("utf")) {
            return UNKNOWN;
        }
        e = e.substring(3);
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        if (e.equals("8")) {
            return UTF8;
        }
        boolean sixteen = e.startsWith("16");
        if (!sixteen && !e.startsWith("32")) {
            return UNKNOWN;
        }
        e = e.substring(2);
        if (e.isEmpty()) {
            return sixteen ? UTF16LE : UTF32LE;
        }
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        return switch (e) {
            case "be" -> sixteen ? UTF16BE : UTF32BE;
            case "le" -> sixteen ? UTF16LE : UTF32LE;
            default -> UNKNOWN;
        };
    }

    // ---- the Python functions ----------------------------------------------------------------

    @Exposed("strict_errors($module, exception, /)")
    public static PyObject strict_errors(PyObject exc) {
        if (exc instanceof PyBaseException e) {
            throw e.raise();
        }
        throw PyExceptions.typeError("codec must pass exception instance");
    }

    @Exposed("ignore_errors($module, exception, /)")
    public static PyObject ignore_errors(PyObject exc) {
        return standard(Kind.IGNORE, exc);
    }

    @Exposed("replace_errors($module, exception, /)")
    public static PyObject replace_errors(PyObject exc) {
        return standard(Kind.REPLACE, exc);
    }

    @Exposed("xmlcharrefreplace_errors($module, exception, /)")
    public static PyObject xmlcharrefreplace_errors(PyObject exc) {
        return standard(Kind.XMLCHARREFREPLACE, exc);
    }

    @Exposed("backslashreplace_errors($module, exception, /)")
    public static PyObject backslashreplace_errors(PyObject exc) {
        return standard(Kind.BACKSLASHREPLACE, exc);
    }

    @Exposed("namereplace_errors($module, exception, /)")
    public static PyObject namereplace_errors(PyObject exc) {
        return standard(Kind.NAMEREPLACE, exc);
    }

    @Exposed("surrogateescape($module, exception, /)")
    public static PyObject surrogateescape(PyObject exc) {
        return standard(Kind.SURROGATEESCAPE, exc);
    }

    @Exposed("surrogatepass($module, exception, /)")
    public static PyObject surrogatepass(PyObject exc) {
        return standard(Kind.SURROGATEPASS, exc);
    }

    /** A standard handler applied to an exception object, as a (replacement, position) pair. */
    private static PyObject standard(Kind kind, PyObject exc) {
        boolean encode = Ops.isInstance(exc, PyExceptions.UnicodeEncodeError);
        boolean decode = !encode && Ops.isInstance(exc, PyExceptions.UnicodeDecodeError);
        boolean translate = !encode && !decode
                && Ops.isInstance(exc, PyExceptions.UnicodeTranslateError);
        boolean accepts = switch (kind) {
            case XMLCHARREFREPLACE, NAMEREPLACE -> encode;
            case SURROGATEESCAPE, SURROGATEPASS -> encode || decode;
            default -> encode || decode || translate;
        };
        if (!accepts) {
            throw PyExceptions.typeError("don't know how to handle " + exc.type().getName()
                    + " in error callback");
        }
        if (decode) {
            byte[] input = objectBytes(exc);
            int start = clampStart(exc, input.length);
            int end = clampEnd(exc, input.length);
            StringBuilder out = new StringBuilder();
            int next = decodeReplacement(kind, encoding(exc), input, start, end, out);
            if (next < 0) {
                throw ((PyBaseException) exc).raise();
            }
            return PyTuple.of(PyStr.of(out.toString()), PyInt.of(next));
        }
        PyObject obj = Attributes.attr(exc, "object");
        if (!(obj instanceof PyStr s)) {
            throw PyExceptions.typeError("object attribute must be unicode");
        }
        int[] cps = s.codePoints();
        int start = clampStart(exc, cps.length);
        int end = clampEnd(exc, cps.length);
        if (kind == Kind.REPLACE && translate) {
            return PyTuple.of(PyStr.of("\uFFFD".repeat(Math.max(0, end - start))),
                    PyInt.of(end));
        }
        if (kind == Kind.SURROGATEESCAPE || kind == Kind.SURROGATEPASS) {
            byte[] b = encodeBytes(kind, encoding(exc), cps, start, end);
            if (b == null) {
                throw ((PyBaseException) exc).raise();
            }
            return PyTuple.of(new PyBytes(b), PyInt.of(end));
        }
        return PyTuple.of(PyStr.of(encodeReplacement(kind, cps, start, Math.max(start, end))),
                PyInt.of(end));
    }

    private static String encoding(PyObject exc) {
        PyObject e = Attributes.attr(exc, "encoding");
        if (!(e instanceof PyStr s)) {
            throw PyExceptions.typeError("encoding attribute must be unicode");
        }
        return s.value();
    }

    private static byte[] objectBytes(PyObject exc) {
        PyObject obj = Attributes.attr(exc, "object");
        if (!(obj instanceof PyBytes b)) {
            throw PyExceptions.typeError("object attribute must be bytes");
        }
        return b.array();
    }

    // CPython: Objects/exceptions.c PyUnicodeEncodeError_GetStart (the clamping)
    private static int clampStart(PyObject exc, int size) {
        long start = CArgs.asSsizeT(Attributes.attr(exc, "start"));
        if (start < 0) {
            start = 0;
        }
        if (start >= size) {
            start = size - 1;
        }
        return (int) Math.max(start, 0);
    }

    // CPython: Objects/exceptions.c PyUnicodeEncodeError_GetEnd
    private static int clampEnd(PyObject exc, int size) {
        long end = CArgs.asSsizeT(Attributes.attr(exc, "end"));
        if (end < 1) {
            end = 1;
        }
        if (end > size) {
            end = size;
        }
        return (int) end;
    }

    /** Reads an exception attribute, as CPython's accessors do ("... attribute not set"). */
    private static final class Attributes {
        static PyObject attr(PyObject exc, String name) {
            PyObject v = dev.krait.objects.Attributes.lookupAttrOrNull(exc, name);
            if (v == null) {
                throw PyExceptions.typeError(name + " attribute not set");
            }
            return v;
        }
    }
}
