package dev.krait.lexer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 as CPython's decoder sees it, for the places where the tokenizer and parser must speak in
 * bytes: AST columns are UTF-8 byte offsets, and an undecodable byte in a token is reported with
 * CPython's {@code UnicodeDecodeError} text.
 *
 * <p>Undecodable bytes travel through the decoded text as lone surrogates {@code U+DC80..U+DCFF}
 * (Python's {@code surrogateescape}; see {@link SourceDecoder}). Everything here treats such a char
 * as the one raw byte it stands for.
 */
public final class Utf8 {
    private Utf8() {}

    /** Whether {@code c} stands for one undecodable source byte. */
    public static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    /**
     * Whether {@code text[i]} stands for an undecodable byte: a low surrogate in the escaped range
     * that is not the second half of a surrogate pair (an astral character such as U+10C80 is
     * stored as D803 DC80, whose second half falls in that range too).
     */
    public static boolean isEscapedByteAt(CharSequence text, int i) {
        return isEscapedByte(text.charAt(i))
                && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    /** {@link #isEscapedByteAt(CharSequence, int)} over a char array. */
    public static boolean isEscapedByteAt(char[] text, int i) {
        return isEscapedByte(text[i]) && (i == 0 || !Character.isHighSurrogate(text[i - 1]));
    }

    /**
     * Decodes UTF-8 with CPython's rules for what is valid (no surrogates, no overlong forms,
     * nothing above U+10FFFF); each byte of an invalid sequence becomes {@code U+DC00+byte}, split exactly
     * where CPython's decoder would report its error.
     */
    // CPython: Objects/stringlib/codecs.h utf8_decode, with the surrogateescape error handler
    public static String decodeEscapingInvalid(byte[] b, int from, int to) {
        int firstNonAscii = from;
        while (firstNonAscii < to && b[firstNonAscii] >= 0) {
            firstNonAscii++;
        }
        if (firstNonAscii == to) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            // the JDK's strict decoder accepts exactly what CPython's does; only errors need us
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return decodeEscaping(b, from, to);
        }
    }

    private static String decodeEscaping(byte[] b, int from, int to) {
        char[] out = new char[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int len = validSequenceLength(b, i, to);
            if (len > 0) {
                int cp = decodeOne(b, i, len);
                if (cp >= 0x10000) { // four bytes became two chars: the array is long enough
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                } else {
                    out[n++] = (char) cp;
                }
                i += len;
            } else {
                int bad = -len; // the invalid range CPython reports, escaped byte by byte
                for (int k = 0; k < bad; k++) {
                    out[n++] = (char) (0xDC00 | (b[i + k] & 0xFF));
                }
                i += bad;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * The length of the valid sequence starting with a non-ASCII byte at {@code i}, or minus the
     * length of the invalid range CPython's decoder reports there.
     */
    private static int validSequenceLength(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c < 0xC2) {
            return -1;
        } else if (c < 0xE0) {
            need = 1;
        } else if (c < 0xF0) {
            need = 2;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c < 0xF5) {
            need = 3;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= to) {
                return -k; // unexpected end of data: everything up to the end
            }
            int cc = b[i + k] & 0xFF;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (cc < min || cc > max) {
                return -k; // invalid continuation byte: the bytes before it
            }
        }
        return need + 1;
    }

    private static int decodeOne(byte[] b, int i, int len) {
        int c = b[i] & 0xFF;
        int cp = switch (len) {
            case 2 -> c & 0x1F;
            case 3 -> c & 0x0F;
            default -> c & 0x07;
        };
        for (int k = 1; k < len; k++) {
            cp = (cp << 6) | (b[i + k] & 0x3F);
        }
        return cp;
    }

    /**
     * The bytes that {@code text[from, to)} came from: UTF-8, with escaped bytes turned back into
     * themselves.
     */
    public static byte[] sourceBytes(CharSequence text, int from, int to) {
        byte[] out = new byte[byteLength(text, from, to)];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (isEscapedByte(c)) {
                out[n++] = (byte) (c & 0xFF);
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /** The number of source bytes {@code text[from, to)} stands for. */
    public static int byteLength(char[] text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 0x80 || isEscapedByte(c)) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(text[i + 1])) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The number of source bytes {@code text[from, to)} stands for. */
    public static int byteLength(CharSequence text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || isEscapedByte(c)) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * {@code text[from, to)} as CPython shows source in a SyntaxError: its bytes decoded with the
     * {@code "replace"} error handler, one U+FFFD for each invalid range.
     */
    public static String replaceDecode(CharSequence text, int from, int to) {
        StringBuilder sb = null;
        for (int i = from; i < to; i++) {
            if (isEscapedByteAt(text, i)) {
                sb = new StringBuilder(to - from);
                break;
            }
        }
        if (sb == null) {
            return text.subSequence(from, to).toString();
        }
        byte[] bytes = sourceBytes(text, from, to);
        int i = 0;
        while (i < bytes.length) {
            int c = bytes[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int len = validSequenceLength(bytes, i, bytes.length);
            if (len > 0) {
                sb.appendCodePoint(decodeOne(bytes, i, len));
                i += len;
            } else {
                sb.append('\uFFFD');
                i += -len;
            }
        }
        return sb.toString();
    }

    /**
     * The number of code points that the first {@code byteOffset} bytes of {@code line}'s UTF-8
     * decode to with the {@code "replace"} handler (a cut character counts as its U+FFFD); past the
     * end, CPython reads the terminating NUL as one more character.
     */
    // CPython: Parser/pegen.c _PyPegen_byte_offset_to_character_offset
    public static int characterOffset(String line, int byteOffset) {
        int total = byteLength(line, 0, line.length());
        if (byteOffset > total + 1) {
            byteOffset = total + 1;
        }
        int consumed = 0;
        int chars = 0;
        for (int i = 0; i < line.length() && consumed < byteOffset; i++) {
            char c = line.charAt(i);
            int width;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < line.length()
                    && Character.isLowSurrogate(line.charAt(i + 1))) {
                width = 4;
                i++;
            } else {
                width = 3;
            }
            consumed += width;
            chars++;
        }
        if (byteOffset > total) {
            chars++;
        }
        return chars;
    }

    /**
     * CPython's message for the first undecodable byte range in {@code bytes}, e.g. {@code 'utf-8'
     * codec can't decode byte 0xff in position 0: invalid start byte}, or {@code null} if the bytes
     * are valid UTF-8.
     */
    // CPython: Objects/exceptions.c UnicodeDecodeError_str
    public static String decodeErrorMessage(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int c = bytes[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = validSequenceLength(bytes, i, bytes.length);
            if (len > 0) {
                i += len;
                continue;
            }
            int bad = -len;
            String reason;
            if (c < 0xC2 || c >= 0xF5) {
                reason = "invalid start byte";
            } else if (i + bad >= bytes.length) {
                reason = "unexpected end of data";
            } else {
                reason = "invalid continuation byte";
            }
            if (bad == 1) {
                return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                        c, i, reason);
            }
            return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", i,
                    i + bad - 1, reason);
        }
        return null;
    }
}
