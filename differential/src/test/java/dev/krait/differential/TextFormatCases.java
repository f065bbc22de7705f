package dev.krait.differential;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random but reproducible inputs for {@link TextFormatDifferentialTest}: numbers of every size and
 * kind (subnormal, tie, huge, special), strings with non-ASCII and non-BMP characters, and format
 * specs built from the grammar's parts with some deliberate damage, so that both the results and
 * the error messages get compared. Each case is a kind and its encoded arguments (see
 * {@code text_format_oracle.py} for the encoding).
 */
final class TextFormatCases {
    private final SplittableRandom random;
    final List<List<String>> cases = new ArrayList<>();

    TextFormatCases(long seed) {
        random = new SplittableRandom(seed);
    }

    private static final String[] FILLS = {"*", "0", " ", "x", "<", "\u20ac", "\uD83D\uDE00", "_",
        ","};
    private static final String[] WIDTH_DIGITS = {"\u0663", "\u0967\u0968"};
    private static final String STRING_ALPHABET = "abcXYZ019 '\"\\\t€é中";
    private static final double[] SPECIAL_DOUBLES = {0.0, -0.0, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 5e-324, -5e-324, 1e16, 1e-4, 9999999999999998.0,
        1e15, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e22, 1e23, 2.2250738585072014e-308,
        Double.MAX_VALUE, -Double.MAX_VALUE, 123456789.0, 0.000123, 99.995, 1.005, 2.675,
        0.045, 1234567.891, 1e100, 1e-100, 4.35, 0.0001, 0.00001};

    void add(String... fields) {
        cases.add(List.of(fields));
    }

    // ---- values ----

    BigInteger anInt() {
        int k = random.nextInt(12);
        return switch (k) {
            case 0, 1, 2 -> BigInteger.valueOf(random.nextInt(-1000, 1000));
            case 3, 4 -> BigInteger.valueOf(random.nextLong());
            case 5 -> BigInteger.valueOf(random.nextLong() >> random.nextInt(64));
            case 6 -> BigInteger.valueOf(
                    new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0x10ffff, 0x110000, -1, 0,
                        1L << 53, (1L << 53) + 1, Integer.MAX_VALUE}[random.nextInt(9)]);
            case 7 -> BigInteger.valueOf(random.nextInt(0, 0x110000));
            case 8, 9 -> signed(new BigInteger(64 + random.nextInt(700), rng()));
            case 10 -> signed(new BigInteger(1000 + random.nextInt(3000), rng()));
            default -> random.nextInt(20) == 0
                    ? signed(new BigInteger(14200 + random.nextInt(600), rng()))
                    : BigInteger.valueOf(random.nextInt(-9, 10));
        };
    }

    private java.util.Random rng() {
        return new java.util.Random(random.nextLong());
    }

    private BigInteger signed(BigInteger b) {
        return random.nextBoolean() ? b : b.negate();
    }

    double aDouble() {
        int k = random.nextInt(10);
        return switch (k) {
            case 0, 1 -> Double.longBitsToDouble(random.nextLong());
            case 2 -> SPECIAL_DOUBLES[random.nextInt(SPECIAL_DOUBLES.length)];
            case 3 -> (random.nextInt(-2000, 2000) + 0.5) / (1 << random.nextInt(12));
            case 4 -> Math.pow(10, random.nextInt(-30, 31)) * (random.nextBoolean() ? 1 : -1);
            case 5 -> random.nextDouble(-1e6, 1e6);
            case 6 -> Double.parseDouble(
                    random.nextInt(1, 100000) + "e" + random.nextInt(-330, 310));
            case 7 -> Math.round(random.nextDouble(-1e4, 1e4) * 1000) / 1000.0;
            case 8 -> random.nextDouble() * Math.pow(2, random.nextInt(-1074, 1024));
            default -> (double) random.nextLong() / (1L << random.nextInt(60));
        };
    }

    String aString(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (random.nextInt(15) == 0) {
                sb.append("\uD83D\uDE00");
            } else {
                sb.append(STRING_ALPHABET.charAt(random.nextInt(STRING_ALPHABET.length())));
            }
        }
        return sb.toString();
    }

    // ---- format specs ----

    /** A spec of the mini-language's parts, each present at random, a type from {@code types}. */
    String aSpec(String types) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(FILLS[random.nextInt(FILLS.length)]).append("<>=^".charAt(random.nextInt(4)));
        } else if (random.nextInt(3) == 0) {
            sb.append("<>=^".charAt(random.nextInt(4)));
        }
        if (random.nextInt(3) == 0) {
            sb.append("+- ".charAt(random.nextInt(3)));
        }
        if (random.nextInt(10) == 0) {
            sb.append('z');
        }
        if (random.nextInt(5) == 0) {
            sb.append('#');
        }
        if (random.nextInt(5) == 0) {
            sb.append('0');
        }
        if (random.nextInt(2) == 0) {
            sb.append(random.nextInt(40) == 0 ? WIDTH_DIGITS[random.nextInt(2)]
                    : Integer.toString(random.nextInt(31)));
        }
        int g = random.nextInt(12);
        if (g < 2) {
            sb.append(',');
        } else if (g < 4) {
            sb.append('_');
        } else if (g == 4) {
            sb.append(random.nextBoolean() ? ",_" : "_,");
        }
        int p = random.nextInt(10);
        if (p < 4) {
            sb.append('.').append(random.nextInt(p == 0 ? 60 : 18));
        } else if (p == 4 && random.nextInt(5) == 0) {
            sb.append('.');
        }
        if (random.nextInt(6) != 0) {
            sb.append(types.charAt(random.nextInt(types.length())));
        }
        if (random.nextInt(40) == 0) {
            sb.insert(random.nextInt(sb.length() + 1), "xyz!%".charAt(random.nextInt(5)));
        }
        if (random.nextInt(200) == 0) {
            sb.setLength(0);
        }
        return sb.toString();
    }

    /** A spec for a str: mostly fill, alignment, width and precision, the rest now and then. */
    String aStrSpec() {
        String spec = aSpec("sssss");
        if (random.nextInt(4) != 0) {
            spec = spec.replaceAll("[-+ z#=]", "");
        }
        return spec;
    }

    /** An int near the digit limit of str(): 4290 to 4310 decimal digits, or a small one. */
    BigInteger anIntNearLimit() {
        if (random.nextBoolean()) {
            return anInt();
        }
        BigInteger b = BigInteger.TEN.pow(4289 + random.nextInt(20))
                .add(new BigInteger(1000, rng()));
        return signed(b);
    }

    /**
     * A %-format string with one or two conversions and the arguments for it; for
     * {@code bytes % args} when {@code bytes}, with the bytes conversions and bytes arguments.
     */
    void aPercentCase(boolean bytes) {
        StringBuilder fmt = new StringBuilder();
        List<String> args = new ArrayList<>();
        int conversions = random.nextInt(8) == 0 ? 2 : 1;
        if (random.nextBoolean()) {
            fmt.append(aString(3).replace("%", ""));
        }
        for (int i = 0; i < conversions; i++) {
            fmt.append('%');
            if (random.nextInt(60) == 0) {
                fmt.append("(k)");
            }
            int flags = random.nextInt(4);
            for (int f = 0; f < flags; f++) {
                fmt.append("-+ #0z".charAt(random.nextInt(bytes ? 6 : 5)));
            }
            if (random.nextInt(12) == 0) {
                fmt.append('*');
                args.add(random.nextInt(10) == 0 ? "f:3ff0000000000000"
                        : "i:" + random.nextInt(-12, 25));
            } else if (random.nextBoolean()) {
                fmt.append(random.nextInt(25));
            }
            if (random.nextInt(3) == 0) {
                fmt.append('.');
                if (random.nextInt(12) == 0) {
                    fmt.append('*');
                    args.add("i:" + random.nextInt(-3, 20));
                } else if (random.nextInt(8) != 0) {
                    fmt.append(random.nextInt(20));
                }
            }
            if (random.nextInt(30) == 0) {
                fmt.append("hlL".charAt(random.nextInt(3)));
            }
            String codes = bytes ? "diouxXeEfFgGcrsab" : "diouxXeEfFgGcrsa";
            if (random.nextInt(25) == 0) {
                fmt.append(random.nextBoolean() ? "%" : random.nextBoolean() ? "y" : "\u00e9");
            } else if (random.nextInt(40) != 0) {
                char code = codes.charAt(random.nextInt(codes.length()));
                fmt.append(code);
                args.add(bytes ? bytesArgumentFor(code) : argumentFor(code));
            }
            if (random.nextBoolean()) {
                fmt.append(aString(3).replace("%", ""));
            }
        }
        if (random.nextInt(30) == 0) {
            args.add("i:1");
        }
        if (random.nextInt(30) == 0 && !args.isEmpty()) {
            args.remove(args.size() - 1);
        }
        List<String> fields = new ArrayList<>();
        fields.add(bytes ? "pb" : "pc");
        fields.add(encode(bytes ? latin1(fmt.toString()) : fmt.toString()));
        fields.addAll(args);
        cases.add(fields);
    }

    /** {@code s} with every character past 255 replaced, so that it is a bytes value. */
    private static String latin1(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 256 ? (char) cp : '?'));
        return sb.toString();
    }

    private String bytesArgumentFor(char code) {
        if (code == 's' || code == 'b' || (code == 'c' && random.nextBoolean())
                || random.nextInt(8) == 0) {
            return "b:" + encode(latin1(aString(code == 'c' ? 1 : 6)));
        }
        if (code == 'c') {
            return "i:" + random.nextInt(-2, 260);
        }
        return argumentFor(code);
    }

    private String argumentFor(char code) {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return "s:" + encode(aString(3));
        }
        if (pick == 1) {
            return "f:" + bits(aDouble());
        }
        return switch (code) {
            case 'e', 'E', 'f', 'F', 'g', 'G' -> pick < 6 ? "f:" + bits(aDouble())
                    : "i:" + anInt();
            case 'c' -> pick < 5 ? "i:" + random.nextInt(-2, 0x110005)
                    : "s:" + encode(aString(2));
            case 's', 'r', 'a' -> pick < 6 ? "s:" + encode(aString(8)) : "i:" + anInt();
            default -> "i:" + anInt();
        };
    }

    /** Text for float(): decimal forms with signs, spaces, underscores, words, Unicode digits. */
    String aFloatText() {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            String spaces = " \t\n\u2003\u00a0\u3000\u001c\u000b";
            sb.append(spaces.charAt(random.nextInt(spaces.length())));
        }
        if (random.nextInt(3) == 0) {
            sb.append("+-".charAt(random.nextInt(2)));
        }
        int shape = random.nextInt(10);
        if (shape == 0) {
            String[] words = {"inf", "INF", "infinity", "Infinity", "nan", "NaN", "iNfInItY",
                "infinit", "nanx", "in", "-inf", "+nan", "\u0130nf"};
            sb.append(words[random.nextInt(words.length)]);
        } else {
            String digits = Long.toString(Math.abs(random.nextLong()) >> random.nextInt(63));
            if (random.nextInt(5) == 0) {
                digits = digits + "0".repeat(random.nextInt(30)) + digits;
            }
            int dot = random.nextInt(digits.length() + 2) - 1;
            if (dot >= 0 && random.nextBoolean()) {
                digits = digits.substring(0, dot) + "." + digits.substring(dot);
            }
            sb.append(digits);
            if (random.nextInt(3) == 0) {
                sb.append("eE".charAt(random.nextInt(2)));
                if (random.nextBoolean()) {
                    sb.append("+-".charAt(random.nextInt(2)));
                }
                if (random.nextInt(10) != 0) {
                    sb.append(random.nextInt(random.nextInt(10) == 0 ? 100000 : 400));
                }
            }
        }
        damage(sb);
        return sb.toString();
    }

    /** Text for complex(): real and imaginary parts, bare signs, j, parentheses, spaces. */
    String aComplexText() {
        String[] parts = {"1", "-2.5", "+3e2", "inf", "-nan", "1_0", "0", ".5", "1e", "x", "",
            "\u0663", "infinity", "1__0", "_1"};
        String[] joins = {"+", "-", "", "j", "+j", "-j", " + "};
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(' ');
        }
        boolean bracket = random.nextInt(4) == 0;
        if (bracket) {
            sb.append('(');
        }
        sb.append(parts[random.nextInt(parts.length)]);
        if (random.nextInt(3) != 0) {
            sb.append(joins[random.nextInt(joins.length)]);
            if (random.nextBoolean()) {
                sb.append(parts[random.nextInt(parts.length)]);
            }
            if (random.nextInt(4) != 0) {
                sb.append("jJ".charAt(random.nextInt(2)));
            }
        }
        if (bracket && random.nextInt(5) != 0) {
            sb.append(')');
        }
        if (random.nextInt(4) == 0) {
            sb.append(random.nextBoolean() ? " " : "\u2003");
        }
        return sb.toString();
    }

    /** Text for int(text, base). */
    String anIntText(int base) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(" \t\u2003\n".charAt(random.nextInt(4)));
        }
        if (random.nextInt(3) == 0) {
            sb.append("+-".charAt(random.nextInt(2)));
        }
        int b = base == 0 ? new int[] {2, 8, 10, 16}[random.nextInt(4)] : base;
        if (random.nextInt(3) == 0 || base == 0) {
            String prefix = switch (b) {
                case 2 -> "0b";
                case 8 -> "0o";
                case 16 -> "0X";
                default -> random.nextInt(4) == 0 ? "0" : "";
            };
            sb.append(prefix);
        }
        int length = random.nextInt(20) == 0 ? 4290 + random.nextInt(20) : random.nextInt(1, 40);
        for (int i = 0; i < length; i++) {
            sb.append(Character.forDigit(random.nextInt(b), b));
        }
        damage(sb);
        return sb.toString();
    }

    /** Maybe inserts an underscore, a Unicode digit, a space or a bad character somewhere. */
    private void damage(StringBuilder sb) {
        int k = random.nextInt(12);
        if (k == 0) {
            return;
        }
        int at = random.nextInt(sb.length() + 1);
        switch (k) {
            case 1, 2, 3 -> sb.insert(at, '_');
            case 4 -> sb.insert(at, "__");
            case 5 -> sb.insert(at, "\u0663");
            case 6 -> sb.insert(at, "\uff11");
            case 7 -> sb.append(" \t\u2003".charAt(random.nextInt(3)));
            case 8 -> sb.insert(at, "x\u00e9\0".charAt(random.nextInt(3)));
            default -> { }
        }
    }

    private static final String[] MARKUP_TOKENS = {"{", "}", "{{", "}}", "{0}", "{}", "{a}",
        "{0!r}", "{!s:>5}", "{0:{1}}", "{:{}}", "{0.x}", "{0[1]}", "{0[}", "{0]}", "{[}", "{0!}",
        "{0!x}", "{0!rr}", "{0:{{}}}", "{0:{1:{2}}}", "{\u0663}", "{99999999999999999999}",
        "{0:", "{0!r:", "{0[a]b}", "{0.}", "{0..a}", "abc", "\u00e9", " ", "{1:x}", "{2:,}",
        "{0:^{1}}", "{!a}", "{:}", "{0[{]}", "{0!\u00e9}", "{5}", "{:d}{}", "{0:{}}", "{!}",
        "{0!s}", "{1!r:>{2}}", "{0:%}"};
    private static final String[] FIELD_NAME_TOKENS = {"", "0", "a", "\u0663", ".x", "[1]",
        "[a]", "[]", ".", "]", "[", "x", "99999999999999999999", "[99999999999999999999]", "[x.y]",
        ".0", "[-1]"};

    private static final String[] GOOD_MARKUP_TOKENS = {"{{", "}}", "{0}", "{1:x}", "{2:,}",
        "{0:^{1}}", "{0!r:>{1}}", "{1!s}", "{2:+{1}}", "abc", " ", "\u00e9", "{0:{1}.{2}}"};
    private static final String[] GOOD_AUTO_TOKENS = {"{{", "}}", "{}", "{:x}", "{!r:>5}",
        "{:{}}", "x"};

    /** A str.format string made of fields and braces, good and bad. */
    String aMarkup() {
        String[] tokens = switch (random.nextInt(4)) {
            case 0 -> GOOD_MARKUP_TOKENS;
            case 1 -> GOOD_AUTO_TOKENS;
            default -> MARKUP_TOKENS;
        };
        StringBuilder sb = new StringBuilder();
        int count = random.nextInt(1, 5);
        for (int i = 0; i < count; i++) {
            sb.append(tokens[random.nextInt(tokens.length)]);
        }
        return sb.toString();
    }

    /** A field name for _string.formatter_field_name_split. */
    String aFieldName() {
        StringBuilder sb = new StringBuilder();
        int tokens = random.nextInt(1, 4);
        for (int i = 0; i < tokens; i++) {
            sb.append(FIELD_NAME_TOKENS[random.nextInt(FIELD_NAME_TOKENS.length)]);
        }
        return sb.toString();
    }

    /** Text for float.fromhex. */
    String aHexText() {
        if (random.nextInt(3) == 0) {
            String h = Double.toHexString(aDouble());
            return random.nextBoolean() ? h : " " + h.toUpperCase() + " ";
        }
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(3) == 0) {
            sb.append("+-".charAt(random.nextInt(2)));
        }
        if (random.nextBoolean()) {
            sb.append("0x");
        }
        int digits = random.nextInt(0, 30);
        for (int i = 0; i < digits; i++) {
            sb.append("0123456789abcdefABCDEF".charAt(random.nextInt(22)));
        }
        if (random.nextBoolean()) {
            sb.insert(random.nextInt(sb.length() + 1), '.');
        }
        if (random.nextInt(3) != 0) {
            sb.append("pP".charAt(random.nextInt(2)));
            if (random.nextBoolean()) {
                sb.append("+-".charAt(random.nextInt(2)));
            }
            sb.append(random.nextInt(random.nextBoolean() ? 1100 : 20));
        }
        if (random.nextInt(20) == 0) {
            sb.append(random.nextBoolean() ? "x" : "inf");
        }
        return sb.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int nextInt(int from, int to) {
        return random.nextInt(from, to);
    }

    // ---- encoding ----

    static String bits(double x) {
        return String.format("%016x", Double.doubleToRawLongBits(x));
    }

    static String encode(String s) {
        if (s.isEmpty()) {
            return "~";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Integer.toHexString(cp));
        });
        return sb.toString();
    }

    static String decode(String text) {
        if (text.equals("~")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String h : text.split("\\.")) {
            sb.appendCodePoint(Integer.parseInt(h, 16));
        }
        return sb.toString();
    }

    static double decodeDouble(String bits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    }
}
