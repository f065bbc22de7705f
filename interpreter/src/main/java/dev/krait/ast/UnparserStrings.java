package dev.krait.ast;

import dev.krait.unicode.UnicodeData;
import java.util.ArrayList;
import java.util.List;

/**
 * The string-literal and operator tables of {@link Unparser}: how {@code ast.unparse} chooses
 * quotes and escapes so that a string (or an f-string's text) reads back as the same value with as
 * few backslashes as it can (CPython: Lib/ast.py {@code _str_literal_helper}).
 */
final class UnparserStrings {
    private UnparserStrings() {}

    static final List<String> SINGLE_QUOTES = List.of("'", "\"");
    static final List<String> MULTI_QUOTES = List.of("\"\"\"", "'''");
    static final List<String> ALL_QUOTES = List.of("'", "\"", "\"\"\"", "'''");

    /** A literal's body and the quote kinds that could enclose it, best first. */
    record Literal(String text, List<String> quotes) {}

    /**
     * CPython's {@code _str_literal_helper}: escapes backslashes and unprintable characters (and
     * newlines and tabs only when asked), then keeps the quote kinds the text does not contain.
     */
    static Literal strLiteral(String s, List<String> quoteTypes, boolean escapeSpecialWhitespace) {
        StringBuilder escaped = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!escapeSpecialWhitespace && (cp == '\n' || cp == '\t')) {
                escaped.appendCodePoint(cp);
            } else if (cp == '\\' || !UnicodeData.isPrintable(cp)) {
                unicodeEscape(escaped, cp);
            } else {
                escaped.appendCodePoint(cp);
            }
        }
        String text = escaped.toString();
        List<String> possible = new ArrayList<>();
        for (String q : quoteTypes) {
            if (text.indexOf('\n') >= 0 && !MULTI_QUOTES.contains(q)) {
                continue;
            }
            if (!text.contains(q)) {
                possible.add(q);
            }
        }
        if (possible.isEmpty()) {
            // Fall back to repr of the original, keeping a quote kind of quoteTypes if one fits.
            String repr = dev.krait.text.Repr.strRepr(s);
            String quote = String.valueOf(repr.charAt(0));
            for (String q : quoteTypes) {
                if (q.indexOf(repr.charAt(0)) >= 0) {
                    quote = q;
                    break;
                }
            }
            return new Literal(repr.substring(1, repr.length() - 1), List.of(quote));
        }
        if (!text.isEmpty()) {
            // Stable sort: prefer a quote other than the last character ('''"''' over """\"""").
            char last = text.charAt(text.length() - 1);
            List<String> sorted = new ArrayList<>();
            for (String q : possible) {
                if (q.charAt(0) != last) {
                    sorted.add(q);
                }
            }
            for (String q : possible) {
                if (q.charAt(0) == last) {
                    sorted.add(q);
                }
            }
            possible = sorted;
            if (possible.get(0).charAt(0) == last) {
                text = text.substring(0, text.length() - 1) + "\\" + last;
            }
        }
        return new Literal(text, possible);
    }

    /** Python's {@code codec unicode_escape} of one code point. */
    private static void unicodeEscape(StringBuilder sb, int cp) {
        switch (cp) {
            case '\\' -> sb.append("\\\\");
            case '\t' -> sb.append("\\t");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            default -> {
                String hex = Integer.toHexString(cp);
                if (cp < 0x100) {
                    sb.append("\\x").append("0".repeat(2 - hex.length()));
                } else if (cp < 0x10000) {
                    sb.append("\\u").append("0".repeat(4 - hex.length()));
                } else {
                    sb.append("\\U").append("0".repeat(8 - hex.length()));
                }
                sb.append(hex);
            }
        }
    }

    static String binop(Operator op) {
        return switch (op) {
            case Add -> "+";
            case Sub -> "-";
            case Mult -> "*";
            case MatMult -> "@";
            case Div -> "/";
            case Mod -> "%";
            case LShift -> "<<";
            case RShift -> ">>";
            case BitOr -> "|";
            case BitXor -> "^";
            case BitAnd -> "&";
            case FloorDiv -> "//";
            case Pow -> "**";
        };
    }

    static int binopPrecedence(Operator op) {
        return switch (op) {
            case Add, Sub -> Unparser.ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> Unparser.TERM;
            case LShift, RShift -> Unparser.SHIFT;
            case BitOr -> Unparser.BOR;
            case BitXor -> Unparser.BXOR;
            case BitAnd -> Unparser.BAND;
            case Pow -> Unparser.POWER;
        };
    }

    static String cmpop(CmpOp op) {
        return switch (op) {
            case Eq -> "==";
            case NotEq -> "!=";
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Is -> "is";
            case IsNot -> "is not";
            case In -> "in";
            case NotIn -> "not in";
        };
    }

    static String unop(dev.krait.ast.UnaryOp op) {
        return switch (op) {
            case Invert -> "~";
            case Not -> "not";
            case UAdd -> "+";
            case USub -> "-";
        };
    }
}
