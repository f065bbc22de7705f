package dev.krait.text;

/**
 * The format string of {@code str.format} and {@code format_map} read one piece at a time: a run
 * of literal text, then possibly a replacement field {@code {name!conversion:spec}}. Reading is
 * lazy because CPython renders each field before it parses the next one, so a bad argument
 * is reported before a syntax error further on. The same pieces are what
 * {@code _string.formatter_parser} (behind {@code string.Formatter.parse}) yields.
 *
 * <p>An escaped brace ({@code {{} or {@code }}}) ends a literal piece with one brace in it; the
 * next piece continues after the second brace, as in CPython. The field name is split further by
 * {@link FieldName}; a spec containing '{' must itself be formatted (at most two levels deep:
 * "Max string recursion exceeded") before it is used.
 * (CPython: Objects/stringlib/unicode_format.h {@code MarkupIterator_next}, {@code parse_field})
 */
public final class FormatMarkup {
    /**
     * One piece: {@code literal} text (maybe empty), then, when {@code fieldName} is not null, a
     * field with its {@code conversion} code point (0 for none), its {@code formatSpec} (empty
     * when absent) and whether the spec holds nested fields to expand.
     */
    public record Piece(String literal, String fieldName, int conversion, String formatSpec,
            boolean specNeedsExpanding) {
        /** Whether a replacement field follows the literal text. */
        public boolean hasField() {
            return fieldName != null;
        }
    }

    private final String text;
    private int pos;

    public FormatMarkup(String text) {
        this.text = text;
    }

    /** The next piece, or null at the end; ValueError with CPython's message on bad markup. */
    public Piece next() {
        int end = text.length();
        if (pos >= end) {
            return null;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < end) {
            c = text.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= end;
        int length = pos - start;
        if (c == '}' && markupFollows && (atEnd || text.charAt(pos) != '}')) {
            throw TextFormatError.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markupFollows) {
            throw TextFormatError.valueError("Single '{' encountered in format string");
        }
        if (!atEnd && markupFollows) {
            if (text.charAt(pos) == c) {
                pos++; // an escaped brace: the literal keeps one, no field follows
                markupFollows = false;
            } else {
                length--;
            }
        }
        String literal = text.substring(start, start + length);
        if (!markupFollows) {
            return new Piece(literal, null, 0, null, false);
        }
        return parseField(literal);
    }

    /** Reads {@code name[!conversion][:spec]}} after a '{'. */
    private Piece parseField(String literal) {
        int end = text.length();
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = text.charAt(pos++);
            if (c == '{') {
                throw TextFormatError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                // brackets may hold any character but ']'
                while (pos < end && text.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = text.substring(nameStart, Math.max(nameStart, pos - 1));
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw TextFormatError.valueError("expected '}' before end of string");
            }
            return new Piece(literal, name, 0, "", false);
        }
        int conversion = 0;
        if (c == '!') {
            if (pos >= end) {
                throw TextFormatError.valueError(
                        "end of string while looking for conversion specifier");
            }
            conversion = text.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < end) {
                char after = text.charAt(pos++);
                if (after == '}') {
                    return new Piece(literal, name, conversion, "", false);
                }
                if (after != ':') {
                    throw TextFormatError.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int depth = 1;
        boolean nested = false;
        while (pos < end) {
            c = text.charAt(pos++);
            if (c == '{') {
                nested = true;
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return new Piece(literal, name, conversion,
                            text.substring(specStart, pos - 1), nested);
                }
            }
        }
        throw TextFormatError.valueError("unmatched '{' in format spec");
    }

    /** The error for a conversion other than r, s, a. (CPython: {@code do_conversion}) */
    public static TextFormatError unknownConversion(int conversion) {
        return TextFormatError.valueError("Unknown conversion specifier "
                + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                        : "\\x" + Integer.toHexString(conversion)));
    }

    /** The error for nested fields deeper than CPython's limit of two levels. */
    public static TextFormatError recursionExceeded() {
        return TextFormatError.valueError("Max string recursion exceeded");
    }
}
