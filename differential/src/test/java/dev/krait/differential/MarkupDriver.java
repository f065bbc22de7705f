package dev.krait.differential;

import dev.krait.text.BuiltinFormat;
import dev.krait.text.FieldName;
import dev.krait.text.FormatMarkup;
import dev.krait.text.Repr;
import dev.krait.text.TextFormatError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What the evaluator does around {@link FormatMarkup} and {@link FieldName}: the answers of
 * {@code _string.formatter_parser}, {@code _string.formatter_field_name_split} and
 * {@code str.format(*ints)} (ints have no attributes and no items, so any accessor fails the way
 * it fails on an int in CPython).
 */
final class MarkupDriver {
    private static final int MAX_STR_DIGITS = 4300;

    private MarkupDriver() {}

    /** {@code repr(list(_string.formatter_parser(text)))}. */
    static String parserRepr(String text) {
        FormatMarkup markup = new FormatMarkup(text);
        List<String> tuples = new ArrayList<>();
        FormatMarkup.Piece piece;
        while ((piece = markup.next()) != null) {
            tuples.add("(" + Repr.strRepr(piece.literal()) + ", "
                    + (piece.hasField() ? Repr.strRepr(piece.fieldName()) : "None") + ", "
                    + (piece.hasField() ? Repr.strRepr(piece.formatSpec()) : "None") + ", "
                    + (piece.conversion() == 0 ? "None"
                            : Repr.strRepr(new String(Character.toChars(piece.conversion()))))
                    + ")");
        }
        return "[" + String.join(", ", tuples) + "]";
    }

    /** {@code repr((first, list(rest)))} of {@code _string.formatter_field_name_split(text)}. */
    static String fieldNameSplitRepr(String text) {
        FieldName name = FieldName.split(text, null);
        List<String> rest = new ArrayList<>();
        FieldName.Accessor accessor;
        while ((accessor = name.next()) != null) {
            rest.add("(" + (accessor.isAttribute() ? "True" : "False") + ", "
                    + (accessor.index() != -1 ? Long.toString(accessor.index())
                            : Repr.strRepr(accessor.name())) + ")");
        }
        String first = name.index != -1 ? Long.toString(name.index) : Repr.strRepr(name.first);
        return "(" + first + ", [" + String.join(", ", rest) + "])";
    }

    /** {@code text.format(*args)} for int arguments and no keywords. */
    static String format(String text, List<BigInteger> args) {
        return build(text, args, 2, new FieldName.AutoNumber());
    }

    private static String build(String text, List<BigInteger> args, int depth,
            FieldName.AutoNumber autoNumber) {
        if (depth <= 0) {
            throw FormatMarkup.recursionExceeded();
        }
        StringBuilder out = new StringBuilder();
        FormatMarkup markup = new FormatMarkup(text);
        FormatMarkup.Piece piece;
        while ((piece = markup.next()) != null) {
            out.append(piece.literal());
            if (!piece.hasField()) {
                continue;
            }
            FieldName name = FieldName.split(piece.fieldName(), autoNumber);
            if (name.index == -1) {
                throw new TextFormatError("KeyError", Repr.strRepr(name.first));
            }
            if (name.index >= args.size()) {
                throw FieldName.indexOutOfRange(name.index);
            }
            BigInteger value = args.get((int) name.index);
            FieldName.Accessor accessor = name.next();
            if (accessor != null) {
                throw accessor.isAttribute()
                        ? new TextFormatError("AttributeError",
                                "'int' object has no attribute " + Repr.strRepr(accessor.name()))
                        : new TextFormatError("TypeError", "'int' object is not subscriptable");
            }
            String converted = null;
            switch (piece.conversion()) {
                case 0 -> { }
                case 'r', 's', 'a' -> converted = value.toString();
                default -> throw FormatMarkup.unknownConversion(piece.conversion());
            }
            String spec = piece.specNeedsExpanding()
                    ? build(piece.formatSpec(), args, depth - 1, autoNumber)
                    : piece.formatSpec();
            out.append(converted != null ? BuiltinFormat.formatStr(converted, spec, "str")
                    : BuiltinFormat.formatInt(value, spec, "int", MAX_STR_DIGITS));
        }
        return out.toString();
    }
}
