package dev.krait.text;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code format()} of int, float, complex and str on the mini-language's edge cases: every error
 * message of the spec parser and of each type, zero padding with grouping, alternate forms, the
 * 'z' option, the no-type float rule, 'n' in the C locale, widths in Unicode digits, non-BMP fill.
 */
class BuiltinFormatTest {
    private static final int LIMIT = 4300;

    private static CPythonCases ints(CPythonCases cases, String value, String... specs) {
        for (String spec : specs) {
            cases.add("format(" + value + ", " + py(spec) + ")",
                    () -> BuiltinFormat.formatInt(new BigInteger(value), spec, "int", LIMIT));
        }
        return cases;
    }

    private static CPythonCases floats(CPythonCases cases, String value, String... specs) {
        for (String spec : specs) {
            cases.add("format(float(" + py(value) + "), " + py(spec) + ")",
                    () -> BuiltinFormat.formatFloat(parse(value), spec, "float"));
        }
        return cases;
    }

    private static double parse(String value) {
        return switch (value) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }

    /** A Java string as a Python literal (these tests' strings need only these escapes). */
    static String py(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(cp -> {
            if (cp == '\'' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || cp > 0x7e) {
                sb.append(String.format("\\U%08x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('\'').toString();
    }

    @Test
    void specErrorsMatchCPython() {
        CPythonCases cases = new CPythonCases();
        ints(cases, "5", ",_", "_,", ",,", "__", ".", "10.", "x,", "s", "c,", "b,", "n,", "e,",
                "99999999999999999999", ".99999999999999999999", "abc", "<<<", "\u0001",
                "\u00e9", ".2", "z", "#c", "+c", "-c", " c", "=^10");
        floats(cases, "1.5", "d", ",x", "_b", ".2147483648f", "s", "c", "x", "<<<f", "\u20ac");
        cases.add("format(1j, '010')", () -> BuiltinFormat.formatComplex(0, 1, "010", "complex"));
        cases.add("format(1j, '=10')", () -> BuiltinFormat.formatComplex(0, 1, "=10", "complex"));
        cases.add("format(1j, '%')", () -> BuiltinFormat.formatComplex(0, 1, "%", "complex"));
        cases.add("format(1j, '0<10')", () -> BuiltinFormat.formatComplex(0, 1, "0<10", "complex"));
        for (String spec : new String[] {"+", " ", "z", "#", "=5", "d", ",", "_", "10,", ".", "-",
            "05", "<05", "=", "x<5s"}) {
            cases.add("format('ab', " + py(spec) + ")",
                    () -> BuiltinFormat.formatStr("ab", spec, "str"));
        }
        cases.assertAllMatch();
    }

    @Test
    void intFormatsMatchCPython() {
        CPythonCases cases = new CPythonCases();
        String[] specs = {"", "d", ",", "_", "020,", "020_", "=+20,", "#b", "#o", "#x", "#X",
            "#_b", "#_x", "_X", "#010x", "0=#12_x", "^+#15o", "n", "015n", "c", "^5c", "=5c",
            "e", ".3e", "%", ",.2f", "g", "G", "E", "F", " d", "+", "-", "*^20,", "0<10",
            "\uD83D\uDE00>8", "\u0663", "x>\u0967\u0968d", "08", "=8", "< 8", "0", "00", "010"};
        for (String value : new String[] {"0", "-1", "255", "1234567", "-1234567890123",
            "9223372036854775807", "-9223372036854775808", "1114111", "1114112",
            "123456789012345678901234567890", "-" + "9".repeat(40), "2" + "0".repeat(400)}) {
            ints(cases, value, specs);
        }
        cases.add("format(10**4400, 'd')", () -> BuiltinFormat.formatInt(BigInteger.TEN.pow(4400),
                "d", "int", LIMIT));
        cases.add("format(10**4400, 'x')[:50]", () -> BuiltinFormat.formatInt(
                BigInteger.TEN.pow(4400), "x", "int", LIMIT).substring(0, 50));
        cases.add("format(10**400, 'e')", () -> BuiltinFormat.formatInt(BigInteger.TEN.pow(400),
                "e", "int", LIMIT));
        cases.add("format(2**63, 'c')", () -> BuiltinFormat.formatInt(
                BigInteger.ONE.shiftLeft(63), "c", "int", LIMIT));
        cases.add("format(True, 'x')", () -> BuiltinFormat.formatInt(1, "x", "bool", LIMIT));
        cases.add("format(True, 's')", () -> BuiltinFormat.formatInt(1, "s", "bool", LIMIT));
        cases.assertAllMatch();
    }

    @Test
    void floatFormatsMatchCPython() {
        CPythonCases cases = new CPythonCases();
        String[] specs = {"", ".0", ".1", ".3", ".17", "e", ".0e", "#.0e", "E", "f", ".0f",
            "#.0f", "F", "g", ".0g", "#g", "#.3g", "G", "%", ".1%", "n", ".3n", ",", "_.2f",
            "020,.2f", "=+12.3", "z.1f", "z", "z.0f", "+z.2e", " .2g", "^20.5e", "*<12", "010",
            "0=10", "<010", "#", "#.0", ".100f", ".40e", "e<\u0663\u0660"};
        for (String value : new String[] {"0.0", "-0.0", "1.0", "-1.5", "0.5", "2.5", "0.125",
            "1e16", "1e15", "9999999999999998.0", "1e-4", "1e-5", "123456.789", "-0.00001",
            "1e300", "5e-324", "1.7976931348623157e308", "0.1", "-0.04", "inf", "-inf", "nan",
            "1e22", "100.0", "1234567890.0"}) {
            floats(cases, value, specs);
        }
        cases.assertAllMatch();
    }

    @Test
    void complexAndStrFormatsMatchCPython() {
        CPythonCases cases = new CPythonCases();
        double[][] values = {{0, 1}, {-0.0, 1}, {1, -2.5}, {0, -0.0}, {1e20, 1e-20},
            {Double.NaN, Double.POSITIVE_INFINITY}, {3.25, 0}, {-1.5, -0.0}};
        String[] specs = {"", "g", ".2f", "e", "+", " ", "^30", "*>25.3", "<20", ".3", "n", "z",
            "#", "#.0f", ",.2f", "_", "z.1f", "G", "F"};
        for (double[] v : values) {
            for (String spec : specs) {
                cases.add("format(complex(float('" + v[0] + "'), float('" + v[1] + "')), "
                        + py(spec) + ")",
                        () -> BuiltinFormat.formatComplex(v[0], v[1], spec, "complex"));
            }
        }
        String[] strSpecs = {"", "s", "10", "<10", ">10", "^10", "^9", ".2", "10.3", "*^11.4",
            "\uD83D\uDE00^7", ".0", "3", "0", "05", "\u0663"};
        for (String s : new String[] {"", "abc", "h\u00e9llo", "\uD83D\uDE00x\uD83D\uDE00",
            "\u4e2d\u6587\u5b57\u7b26"}) {
            for (String spec : strSpecs) {
                cases.add("format(" + py(s) + ", " + py(spec) + ")",
                        () -> BuiltinFormat.formatStr(s, spec, "str"));
            }
        }
        cases.assertAllMatch();
    }
}
