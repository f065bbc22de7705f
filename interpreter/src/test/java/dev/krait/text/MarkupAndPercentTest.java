package dev.krait.text;

import static dev.krait.text.BuiltinFormatTest.py;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two format-string readers on their edge cases: {@link FormatMarkup} and {@link FieldName}
 * against {@code _string.formatter_parser} and {@code _string.formatter_field_name_split}, and
 * {@link PercentFormat} with {@link PercentConversion} against {@code str % tuple} for int and str
 * arguments (the full matrix of argument types is in the differential module's test).
 */
class MarkupAndPercentTest {
    @Test
    void markupMatchesCPython() {
        CPythonCases cases = new CPythonCases();
        String[] texts = {"", "abc", "{{", "}}", "a{{b}}c", "{", "}", "a}b", "{0}", "{}{}",
            "{0!r}", "{0!r:>10}", "{0!}", "{0!rx}", "{0!r", "{0:", "{0:{1}}", "{0:{{}}}", "{0[}",
            "{0[]]}", "{0[{]}", "{a.b[c]}", "{!}", "{:}", "{0:}}", "{0!\u00e9}", "x{0:{1:{2}}}y",
            "{0 }", "{\u0663}", "{0!\uD83D\uDE00}"};
        for (String text : texts) {
            cases.add("repr(list(__import__('_string').formatter_parser(" + py(text) + ")))",
                    () -> parserRepr(text));
        }
        String[] names = {"", "0", "a", "0.x", "0[1]", "a[b].c", "0]", "0[", "0.", "0[]",
            "0..x", "99999999999999999999", "0[99999999999999999999]", "\u0663[\u0664]", "0x"};
        for (String name : names) {
            cases.add("repr((lambda f, r: (f, list(r)))(*__import__('_string')"
                    + ".formatter_field_name_split(" + py(name) + ")))",
                    () -> fieldNameRepr(name));
        }
        cases.assertAllMatch();
    }

    private static String parserRepr(String text) {
        FormatMarkup markup = new FormatMarkup(text);
        List<String> tuples = new ArrayList<>();
        FormatMarkup.Piece p;
        while ((p = markup.next()) != null) {
            tuples.add("(" + Repr.strRepr(p.literal()) + ", "
                    + (p.hasField() ? Repr.strRepr(p.fieldName()) : "None") + ", "
                    + (p.hasField() ? Repr.strRepr(p.formatSpec()) : "None") + ", "
                    + (p.conversion() == 0 ? "None"
                            : Repr.strRepr(new String(Character.toChars(p.conversion())))) + ")");
        }
        return "[" + String.join(", ", tuples) + "]";
    }

    private static String fieldNameRepr(String text) {
        FieldName name = FieldName.split(text, null);
        List<String> rest = new ArrayList<>();
        FieldName.Accessor a;
        while ((a = name.next()) != null) {
            rest.add("(" + (a.isAttribute() ? "True" : "False") + ", "
                    + (a.index() != -1 ? Long.toString(a.index()) : Repr.strRepr(a.name())) + ")");
        }
        return "(" + (name.index != -1 ? Long.toString(name.index) : Repr.strRepr(name.first))
                + ", [" + String.join(", ", rest) + "])";
    }

    @Test
    void percentMatchesCPython() {
        CPythonCases cases = new CPythonCases();
        Object[][] inputs = {{"%d", 5L}, {"%5d|%-5d|", 3L, 4L}, {"%+05d", -3L}, {"% x", 255L},
            {"%#o", 0L}, {"%#10X", 3054L}, {"%.3d", 7L}, {"%s", "abc"}, {"%.1s", "\u00e9t\u00e9"},
            {"%-6r|", "a"}, {"%c", 65L}, {"%c", "\uD83D\uDE00"}, {"%3c", 0x10ffffL}, {"%", 1L},
            {"%(a)s", 1L}, {"%z", 1L}, {"%d %d", 1L}, {"%d", 1L, 2L}, {"%s %%", "x"},
            {"%5.2s|", "abc"}, {"%i", Long.MIN_VALUE}, {"%x", Long.MIN_VALUE}, {"%c", -1L},
            {"%l", 1L}, {"%ll", 1L}, {"%0*d", 1L}, {"%.", 1L}, {"%-", 1L}, {"%\u20ac", 1L}};
        for (Object[] input : inputs) {
            String fmt = (String) input[0];
            StringBuilder tuple = new StringBuilder("(");
            List<Object> args = new ArrayList<>();
            for (int i = 1; i < input.length; i++) {
                Object v = input[i];
                tuple.append(v instanceof String s ? py(s) : v.toString()).append(", ");
                args.add(v);
            }
            tuple.append(")");
            cases.add(py(fmt) + " % " + tuple, () -> percent(fmt, args));
        }
        cases.assertAllMatch();
    }

    /** {@code fmt % tuple(args)} for Long and String arguments, as the evaluator would do it. */
    private static String percent(String fmt, List<Object> args) {
        int[] next = {0};
        java.util.function.Supplier<Object> nextArg = () -> {
            if (next[0] >= args.size()) {
                throw new TextFormatError("TypeError", "not enough arguments for format string");
            }
            return args.get(next[0]++);
        };
        PercentFormat.Arguments star = new PercentFormat.Arguments() {
            @Override
            public void selectKey(String key) {
                throw new AssertionError("a tuple is not a mapping");
            }

            @Override
            public long starWidth() {
                return (Long) nextArg.get();
            }

            @Override
            public int starPrecision() {
                return ((Long) nextArg.get()).intValue();
            }
        };
        PercentFormat reader = new PercentFormat(fmt, false);
        StringBuilder out = new StringBuilder();
        PercentFormat.Piece piece;
        while ((piece = reader.next(star)) != null) {
            if (piece instanceof PercentFormat.Literal literal) {
                out.append(literal.text());
                continue;
            }
            PercentConversion c = (PercentConversion) piece;
            Object v = nextArg.get();
            out.append(switch (c.kind()) {
                case BYTES -> throw new AssertionError("a bytes conversion in a str format");
                case TEXT -> c.formatText(v instanceof String s
                        ? (c.conversion == 's' ? s : Repr.strRepr(s)) : v.toString());
                case INT -> c.formatInt((Long) v);
                case FLOAT -> c.formatFloat((Long) v);
                case CHAR -> c.formatChar(v instanceof String s ? s.codePointAt(0)
                        : PercentConversion.charFromInt((Long) v));
            });
        }
        if (next[0] < args.size()) {
            throw new TextFormatError("TypeError",
                    "not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
