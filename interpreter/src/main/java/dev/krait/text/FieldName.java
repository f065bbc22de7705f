package dev.krait.text;

import dev.krait.unicode.UnicodeData;

/**
 * The field name of a {@code str.format} replacement field, {@code first(.attr|[key])*}: the
 * first part picks an argument (by position when it is all decimal digits or empty, by keyword
 * otherwise), each accessor then takes an attribute or an item of the object so far. Accessors
 * are read lazily, as CPython reads them while it looks them up, so a failed lookup is reported
 * before a malformed accessor after it. Also behind {@code _string.formatter_field_name_split}.
 * (CPython: Objects/stringlib/unicode_format.h {@code field_name_split},
 * {@code FieldNameIterator_next}, {@code get_integer}, {@code autonumber_state_error})
 */
public final class FieldName {
    /**
     * The numbering state of one {@code str.format} call, shared with its nested specs: empty
     * field names count up from 0, and mixing them with explicit numbers is an error.
     */
    public static final class AutoNumber {
        private int state; // 0: not yet known, 1: automatic, 2: manual
        private long next;
    }

    /** One accessor: {@code .name} or {@code [name]}; {@code index} is the item's integer or -1. */
    public record Accessor(boolean isAttribute, String name, long index) {}

    /** The first part's text. */
    public final String first;
    /** The argument's position: the first part's number, the automatic one, or -1 (a keyword). */
    public final long index;
    private final String text;
    private int pos;

    private FieldName(String first, long index, String text, int pos) {
        this.first = first;
        this.index = index;
        this.text = text;
        this.pos = pos;
    }

    /**
     * Splits {@code fieldName}; {@code autoNumber} is the call's numbering state, or null where
     * no numbering is done ({@code _string.formatter_field_name_split}).
     */
    public static FieldName split(String fieldName, AutoNumber autoNumber) {
        int i = 0;
        while (i < fieldName.length() && fieldName.charAt(i) != '.'
                && fieldName.charAt(i) != '[') {
            i++;
        }
        String first = fieldName.substring(0, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        boolean numeric = empty || index != -1;
        if (autoNumber != null) {
            if (autoNumber.state == 0 && numeric) {
                autoNumber.state = empty ? 1 : 2;
            }
            if (numeric) {
                if (autoNumber.state == 2 && empty) {
                    throw TextFormatError.valueError("cannot switch from manual field "
                            + "specification to automatic field numbering");
                }
                if (autoNumber.state == 1 && !empty) {
                    throw TextFormatError.valueError("cannot switch from automatic field "
                            + "numbering to manual field specification");
                }
            }
            if (empty) {
                index = autoNumber.next++;
            }
        }
        return new FieldName(first, index, fieldName, i);
    }

    /** The next accessor, or null at the end; ValueError for a malformed one. */
    public Accessor next() {
        int end = text.length();
        if (pos >= end) {
            return null;
        }
        char c = text.charAt(pos++);
        int start = pos;
        String name;
        Accessor accessor;
        if (c == '.') {
            while (pos < end && text.charAt(pos) != '.' && text.charAt(pos) != '[') {
                pos++;
            }
            name = text.substring(start, pos);
            accessor = new Accessor(true, name, -1);
        } else if (c == '[') {
            int close = text.indexOf(']', pos);
            if (close < 0) {
                pos = end;
                throw TextFormatError.valueError("Missing ']' in format string");
            }
            name = text.substring(start, close);
            pos = close + 1;
            accessor = new Accessor(false, name, integer(name));
        } else {
            throw TextFormatError.valueError(
                    "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (name.isEmpty()) {
            throw TextFormatError.valueError("Empty attribute in format string");
        }
        return accessor;
    }

    /**
     * The value of a string of Unicode decimal digits, or -1 for an empty string or one with
     * any other character; ValueError when it passes the largest ssize_t.
     */
    static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long accumulator = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int digit = UnicodeData.decimal(cp);
            if (digit < 0) {
                return -1;
            }
            if (accumulator > (Long.MAX_VALUE - digit) / 10) {
                throw TextFormatError.valueError("Too many decimal digits in format string");
            }
            accumulator = accumulator * 10 + digit;
        }
        return accumulator;
    }

    /** IndexError for a position past the arguments. (CPython: {@code get_field_object}) */
    public static TextFormatError indexOutOfRange(long index) {
        return new TextFormatError("IndexError", "Replacement index " + index
                + " out of range for positional args tuple");
    }
}
