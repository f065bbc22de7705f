package dev.krait.text;

import static dev.krait.text.BuiltinFormatTest.py;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Numbers from and to text on their edge cases: {@code float(str)} and {@code int(str, base)}
 * with signs, white space of every kind, underscores, Unicode digits and bad characters;
 * the digit limit both ways; {@code round}, {@code float.hex}, {@code float.fromhex},
 * {@code as_integer_ratio}.
 */
class NumberTextTest {
    @Test
    void floatFromStrMatchesCPython() {
        CPythonCases cases = new CPythonCases();
        String[] texts = {"1", " 1.5 ", "-0", "+.5", "5.", ".", "e5", "1e5", "1E+05", "1e", "1e+",
            "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e1_0", "inf", "-Inf",
            "+iNfInItY", "infinit", "nan", "-nan", "NAN ", "nanx", "in", "", "   ", "\u00a01\u2003",
            "\u0661\u0662.\u0663", "\uff11e\uff12", "1\u00e9", "\u00e9", "1\u0000", "0x10",
            "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
            "2.4703282292062327e-324",
            // just below the halfway point between the largest double and 2**1024
            "1797693134862315807937289714053034150799341327100378269361737789804449"
                + "6829276475094664901797758720709633028641669288791094655554785194040263"
                + "0657488671505820681908902000708383676273854845817711531764475730270069"
                + "8555713669596228429148198608349364752927190741684443655107043427115596"
                + "99508093042880177904174497791"
                + "." + "9".repeat(70),
            "0." + "0".repeat(400) + "1e400", "1e99999999999999999999", "\u001c1", "1\u001f",
            "\u000b1\u000c", "1 2", "- 1", "++1", "1.5.5"};
        for (String text : texts) {
            cases.add("repr(float(" + py(text) + "))",
                    () -> Repr.floatRepr(FloatText.parse(text)));
        }
        cases.assertAllMatch();
    }

    @Test
    void complexFromStrMatchesCPython() {
        CPythonCases cases = new CPythonCases();
        String[] texts = {"1", "1j", "-j", "+J", "j", "1+j", "1-2j", "(1+2j)", " ( 1+2j ) ",
            "(1+2j", "1+2j)", "1e5-1e-5j", "inf+nanj", "-infinityj", "nan-infj", "1_0+2_0j",
            "1__0j",
            "1+2", "1+2jj", "1 + 2j", "", " ", "()", "\u0663+\u0664j", "1\u0000j", "1e+j",
            "1.j", ".j", "+", "1_j"};
        for (String text : texts) {
            cases.add("repr(complex(" + py(text) + "))", () -> {
                double[] z = FloatText.parseComplex(text);
                return Repr.complexRepr(z[0], z[1]);
            });
        }
        cases.assertAllMatch();
    }

    @Test
    void intFromStrMatchesCPython() {
        CPythonCases cases = new CPythonCases();
        Object[][] inputs = {{"0", 0}, {"-0", 10}, {"00", 0}, {"007", 0}, {"0_0", 0}, {"08", 0},
            {"0x_1f", 0}, {"0x__1f", 0}, {"0X1F", 16}, {"1f", 16}, {"0b101", 0}, {"0b2", 0},
            {"0o17", 8}, {"0o17", 10}, {"z", 36}, {"Z1", 36}, {"1_000", 10}, {"1__000", 10},
            {"_1", 10}, {"1_", 10}, {" -12 ", 10}, {"+ 12", 10}, {"\u0663\u0664", 10},
            {"\u2003\u0663\u2003", 0}, {"12\u00e9", 10}, {"\u00e9", 10}, {"1\u0000", 10},
            {"", 10}, {" ", 0}, {"12", 1}, {"12", 37}, {"12", -1}, {"9", 8}, {"x".repeat(300), 10},
            {"9223372036854775807", 10}, {"9223372036854775808", 10},
            {"-9223372036854775809", 0}, {"zzzzzzzzzzzzzz", 36}, {"1" + "0".repeat(4300), 10},
            {"1" + "0".repeat(4300), 16}, {"1" + "0".repeat(4301) + "x", 10},
            {"1_" + "0".repeat(4300), 10}};
        for (Object[] input : inputs) {
            String text = (String) input[0];
            int base = (Integer) input[1];
            cases.add("str(int(" + py(text) + ", " + base + "))[:100]", () -> {
                Number n = IntText.parse(text, base, 4300);
                String s = n instanceof BigInteger b ? IntText.toDecimal(b, 4300) : n.toString();
                return s.substring(0, Math.min(100, s.length()));
            });
        }
        cases.add("int('1' * 5000)", () -> IntText.parse("1".repeat(5000), 10, 4300).toString());
        cases.add("str(10 ** 4300)", () -> IntText.toDecimal(BigInteger.TEN.pow(4300), 4300));
        cases.add("str(-10 ** 4299)[:9]",
                () -> IntText.toDecimal(BigInteger.TEN.pow(4299).negate(), 4300).substring(0, 9));
        cases.add("hex(-255) + oct(8) + bin(-5) + hex(-2**63)", () -> IntText.toBase(-255, 16)
                + IntText.toBase(8, 8) + IntText.toBase(-5, 2)
                + IntText.toBase(Long.MIN_VALUE, 16));
        cases.assertAllMatch();
    }

    @Test
    void roundingHexAndRatiosMatchCPython() {
        CPythonCases cases = new CPythonCases();
        double[] values = {0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1e300, -0.0, 5e-324,
            123.456, 1.7976931348623157e308, 0.1, Double.NaN, Double.POSITIVE_INFINITY};
        long[] digits = {0, 1, 2, 3, -1, -2, -308, -309, 323, 324, -400, 400};
        for (double x : values) {
            String px = "float('" + x + "')";
            for (long n : digits) {
                cases.add("repr(round(" + px + ", " + n + "))",
                        () -> Repr.floatRepr(NumberRounding.round(x, n)));
            }
            cases.add("round(" + px + ")",
                    () -> NumberRounding.toBigInteger(NumberRounding.roundHalfEven(x)).toString());
            cases.add(px + ".hex()", () -> FloatHex.hex(x));
            cases.add("'%d/%d' % " + px + ".as_integer_ratio()", () -> {
                BigInteger[] r = NumberRounding.asIntegerRatio(x);
                return r[0] + "/" + r[1];
            });
            cases.add("repr(float.fromhex(" + px + ".hex()))",
                    () -> Repr.floatRepr(FloatHex.fromhex(FloatHex.hex(x))));
        }
        for (String text : new String[] {"0x1p-1074", "0x1p-1075", "0x3p-1076",
            "0x1.fffffffffffff8p1023",
            "0x1.fffffffffffff7p1023", "0x1p1024", "-0X1.8P+1", " 1.8 ", "0x.8", "0x8.", "0x.",
            "0x", "1p", "1p+", "ff", "inf", "-infinity", "nan ", "0x1p99999999999999999999",
            "0x0p99999999999999999999", "0x1p-99999999999999999999", "0x1.0000000000000801p0",
            "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p1024x", "1\u00e9", "\u0130nf"}) {
            cases.add("repr(float.fromhex(" + py(text) + "))",
                    () -> Repr.floatRepr(FloatHex.fromhex(text)));
        }
        for (String v : new String[] {"15", "25", "-25", "35", "149", "150", "-150", "12345",
            "99999999999999999999999"}) {
            for (long n : new long[] {-1, -2, -3, 0, 2, -30}) {
                cases.add("round(" + v + ", " + n + ")",
                        () -> NumberRounding.roundInt(new BigInteger(v), n).toString());
            }
        }
        cases.assertAllMatch();
    }
}
