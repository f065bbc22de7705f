package dev.krait.modules.json;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.ThreadState;

/**
 * JSON strings both ways: reading a quoted string with its escapes ({@code scanstring}), and
 * writing a str as a quoted JSON string, ASCII-only or not ({@code encode_basestring_ascii},
 * {@code encode_basestring}), plus the {@code JSONDecodeError} every decoding error raises.
 *
 * <p>CPython counterpart: Modules/_json.c {@code scanstring_unicode},
 * {@code ascii_escape_unicode}, {@code escape_unicode}, {@code raise_errmsg}.
 */
final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {}

    /**
     * {@code json.decoder.JSONDecodeError(msg, doc, pos)}, taken from the already imported
     * {@code json.decoder} as CPython does.
     */
    static PyException decodeError(String message, JsonText text, int position) {
        PyObject modules = ThreadState.current().interpreter.modules();
        PyObject decoder;
        try {
            decoder = Containers.getItem(modules, PyStr.of("json.decoder"));
        } catch (PyException e) {
            return e;
        }
        PyObject error = Attributes.getAttr(decoder, "JSONDecodeError");
        PyObject exc = Ops.call(error, PyStr.of(message), text.str, PyInt.of(position));
        return new PyException((PyBaseException) exc);
    }

    /**
     * The JSON string whose first character after the opening quote is at {@code end}: its
     * value and the index after its closing quote ({@code next[0]}). Non-strict mode allows
     * control characters inside.
     */
    static PyStr scan(JsonText text, int end, boolean strict, int[] next) {
        if (end < 0 || text.length < end) {
            throw PyExceptions.valueError("end is out of bounds");
        }
        if (text.chars != null) {
            PyStr s = scanChars(text.chars, end, strict, next);
            if (s != null) {
                return s;
            }
        }
        return scanCodePoints(text, end, strict, next);
    }

    /**
     * The index of the closing quote of the string starting at {@code start} when it holds no
     * escape (and, if strict, no control character), else -1.
     */
    static int plainEnd(String chars, int start, boolean strict) {
        int len = chars.length();
        for (int at = start; at < len; at++) {
            char c = chars.charAt(at);
            if (c == '"') {
                return at;
            }
            if (c == '\\' || c <= 0x1f && strict) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@link #scan} over a text without surrogates, into a StringBuilder: null, having read
     * nothing for good, when the string is malformed or decodes to a lone surrogate, which
     * {@link #scanCodePoints} then reports or keeps apart from its neighbours.
     */
    private static PyStr scanChars(String chars, int start, boolean strict, int[] next) {
        int len = chars.length();
        StringBuilder out = null;
        boolean astral = false;
        int end = start;
        while (true) {
            char c = 0;
            int at;
            for (at = end; at < len; at++) {
                c = chars.charAt(at);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    return null;
                }
            }
            if (at == len) {
                return null;
            }
            if (c == '"') {
                next[0] = at + 1;
                if (out == null) {
                    return PyStr.ofNoSurrogates(chars.substring(start, at));
                }
                String value = out.append(chars, end, at).toString();
                return astral ? PyStr.of(value) : PyStr.ofNoSurrogates(value);
            }
            if (out == null) {
                out = new StringBuilder(at - start + 16);
            }
            out.append(chars, end, at);
            if (++at == len) {
                return null;
            }
            c = chars.charAt(at);
            if (c != 'u') {
                char decoded = switch (c) {
                    case '"', '\\', '/' -> c;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> 0;
                };
                if (decoded == 0) {
                    return null;
                }
                out.append(decoded);
                end = at + 1;
                continue;
            }
            end = at + 5;
            if (end >= len) {
                return null;
            }
            int cp = hex4(chars, at + 1);
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < len && chars.charAt(end) == '\\'
                    && chars.charAt(end + 1) == 'u') {
                int low = hex4(chars, end + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    end += 6;
                }
            }
            if (cp < 0 || cp >= 0xD800 && cp <= 0xDFFF) {
                return null;
            }
            astral |= cp > 0xFFFF;
            out.appendCodePoint(cp);
        }
    }

    /** Four hex digits at {@code start} as a number, or -1. */
    private static int hex4(String chars, int start) {
        int c = 0;
        for (int i = start; i < start + 4; i++) {
            int d = hexValue(chars.charAt(i));
            if (d < 0) {
                return -1;
            }
            c = (c << 4) | d;
        }
        return c;
    }

    /** {@link #scan} over any text, collecting code points: lone surrogates stay apart. */
    private static PyStr scanCodePoints(JsonText text, int end, boolean strict, int[] next) {
        int len = text.length;
        int begin = end - 1;
        CodePoints out = null;
        while (true) {
            int c = 0;
            int at;
            for (at = end; at < len; at++) {
                c = text.at(at);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", text, at);
                }
            }
            if (at == len) {
                c = 0;
            }
            if (c == '"' && out == null) {
                next[0] = at + 1;
                return text.slice(end, at);
            }
            if (c != '"' && c != '\\') {
                throw decodeError("Unterminated string starting at", text, begin);
            }
            if (out == null) {
                out = new CodePoints(at - end + 16);
            }
            for (int i = end; i < at; i++) {
                out.add(text.at(i));
            }
            at++;
            if (c == '"') {
                end = at;
                break;
            }
            if (at == len) {
                throw decodeError("Unterminated string starting at", text, begin);
            }
            c = text.at(at);
            if (c != 'u') {
                end = at + 1;
                c = switch (c) {
                    case '"', '\\', '/' -> c;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> -1;
                };
                if (c < 0) {
                    throw decodeError("Invalid \\escape", text, end - 2);
                }
            } else {
                at++;
                end = at + 4;
                if (end >= len) {
                    throw decodeError("Invalid \\uXXXX escape", text, at - 1);
                }
                c = hex4(text, at, end);
                at = end;
                // a high surrogate followed by an escaped low one is one code point
                if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && text.at(at) == '\\'
                        && text.at(at + 1) == 'u') {
                    int c2 = hex4(text, at + 2, end + 6);
                    if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
                        end += 6;
                    }
                }
            }
            out.add(c);
        }
        next[0] = end;
        return out.toStr();
    }

    /** Four hex digits [start, end) as a number; the escape's error if one is not. */
    private static int hex4(JsonText text, int start, int end) {
        int c = 0;
        for (int i = start; i < end; i++) {
            int d = hexValue(text.at(i));
            if (d < 0) {
                throw decodeError("Invalid \\uXXXX escape", text, end - 5);
            }
            c = (c << 4) | d;
        }
        return c;
    }

    /** An ASCII hex digit's value, else -1 (JSON has no other digits). */
    private static int hexValue(int c) {
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

    /**
     * Code points being collected: a lone surrogate stays a code point of its own, where a Java
     * string would pair it with a neighbour.
     */
    private static final class CodePoints {
        private int[] items;
        private int size;

        CodePoints(int capacity) {
            items = new int[capacity];
        }

        void add(int c) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2 + 16);
            }
            items[size++] = c;
        }

        PyStr toStr() {
            return PyStr.fromCodePoints(java.util.Arrays.copyOf(items, size));
        }
    }

    /** {@code "..."} with only printable ASCII, other characters as {@code \\uXXXX}. */
    static PyStr escapeAscii(PyStr s) {
        StringBuilder out = new StringBuilder(s.value().length() + 2);
        escapeAscii(out, s);
        return PyStr.ofNoSurrogates(out.toString());
    }

    /**
     * Appends {@code s} quoted, ASCII only: the run before the first character to escape in
     * one copy (most strs in JSON have none), then character by character.
     */
    static void escapeAscii(StringBuilder out, PyStr s) {
        String chars = s.value();
        int n = chars.length();
        int plain = 0;
        while (plain < n && plainAscii(chars.charAt(plain))) {
            plain++;
        }
        out.append('"').append(chars, 0, plain);
        if (plain < n) {
            if (s.isSimple()) {
                for (int i = plain; i < n; i++) {
                    appendAscii(out, chars.charAt(i));
                }
            } else {
                int[] cps = s.codePoints();
                // the plain prefix has no surrogates, so it is as many code points as chars
                for (int i = plain; i < cps.length; i++) {
                    appendAscii(out, cps[i]);
                }
            }
        }
        out.append('"');
    }

    private static boolean plainAscii(int c) {
        return c >= ' ' && c <= '~' && c != '\\' && c != '"';
    }

    private static void appendAscii(StringBuilder out, int c) {
        if (plainAscii(c)) {
            out.append((char) c);
            return;
        }
        out.append('\\');
        switch (c) {
            case '\\', '"' -> out.append((char) c);
            case '\b' -> out.append('b');
            case '\f' -> out.append('f');
            case '\n' -> out.append('n');
            case '\r' -> out.append('r');
            case '\t' -> out.append('t');
            default -> {
                if (c >= 0x10000) {
                    hexEscape(out, 0xD800 + ((c - 0x10000) >> 10));
                    out.append('\\');
                    c = 0xDC00 + ((c - 0x10000) & 0x3FF);
                }
                hexEscape(out, c);
            }
        }
    }

    /** {@code "..."} escaping only quotes, backslashes and control characters. */
    static PyStr escape(PyStr s) {
        if (!s.isSimple()) {
            CodePoints out = new CodePoints(s.length() + 2);
            out.add('"');
            for (int c : s.codePoints()) {
                String escaped = escapeOf(c);
                if (escaped == null) {
                    out.add(c);
                } else {
                    escaped.chars().forEach(out::add);
                }
            }
            out.add('"');
            return out.toStr();
        }
        StringBuilder out = new StringBuilder(s.value().length() + 2);
        escape(out, s);
        return PyStr.ofNoSurrogates(out.toString());
    }

    /** Appends a str without surrogates ({@link PyStr#isSimple}) quoted, as {@link #escape}. */
    static void escape(StringBuilder out, PyStr s) {
        String chars = s.value();
        int n = chars.length();
        int plain = 0;
        while (plain < n && !needsEscape(chars.charAt(plain))) {
            plain++;
        }
        out.append('"').append(chars, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = chars.charAt(i);
            if (needsEscape(c)) {
                out.append(escapeOf(c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(char c) {
        return c < ' ' || c == '"' || c == '\\';
    }

    /** The escape of a character {@code escape} must escape, else null. */
    private static String escapeOf(int c) {
        switch (c) {
            case '\\': return "\\\\";
            case '"': return "\\\"";
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default:
                if (c <= 0x1f) {
                    StringBuilder e = new StringBuilder("\\");
                    hexEscape(e, c);
                    return e.toString();
                }
                return null;
        }
    }

    private static void hexEscape(StringBuilder out, int c) {
        out.append('u').append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
