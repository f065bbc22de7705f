package dev.krait.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random Python expressions of a known type over typed variables, for the whole programs of
 * {@link TypedProgramGenerator}: every expression it writes evaluates without an exception on
 * CPython (divisors are guarded with {@code or 1}, indexes are taken modulo the length of a
 * container known to be non-empty, exponents and shifts are small constants), so that a program
 * built from them runs to its end and shows Krait's answer for each operation it prints.
 *
 * <p>The invariants the variables keep (the generator's statements respect them): list and
 * tuple variables are never empty; ints stored in variables stay below about 10**30 (assignments
 * reduce them modulo a constant), floats below 10**6; sets hold ints only, because a set of
 * strings prints in hash order.
 */
final class TypedExpressions {
    /** The value types the generator tracks. */
    enum Ty { INT, FLOAT, STR, BOOL, LIST_INT, LIST_STR, TUPLE_INT, DICT_STR_INT, SET_INT }

    /** Variables in scope by type; a function body gets a scope of its own. */
    static final class Scope {
        final Map<Ty, List<String>> vars = new EnumMap<>(Ty.class);

        Scope() {
            for (Ty t : Ty.values()) {
                vars.put(t, new ArrayList<>());
            }
        }

        Scope copy() {
            Scope s = new Scope();
            vars.forEach((t, names) -> s.vars.get(t).addAll(names));
            return s;
        }

        void add(Ty t, String name) {
            if (!vars.get(t).contains(name)) {
                vars.get(t).add(name);
            }
        }

        List<String> of(Ty t) {
            return vars.get(t);
        }
    }

    private static final String[] WORDS = {
        "alpha", "beta", "gamma", "delta", "kappa", "a b c", "x-y-z", "Hello World", "", "  pad  ",
        "mississippi", "Straße", "café", "a,b,,c", "tab\there", "UPPER lower", "1234", "-17",
        "naïve", "αβγ", "line\nbreak", "quote'd", "x",
    };
    private static final String[] KEYS = {"a", "b", "c", "key", "zz", "n1", "ü"};

    final SplittableRandom r;
    /**
     * Whether sets, and format specs ({@code f"{x:>8}"}, {@code format(x, ",")}), are generated:
     * off only to look past an interpreter that lacks them (the campaign's
     * {@code -Dfuzz.runWithout=set,format,str-methods}).
     */
    final boolean sets;
    final boolean formats;
    /** Whether str methods beyond those most programs use (zfill, center, isdigit...) appear. */
    final boolean strMethods;

    private final String without;

    TypedExpressions(SplittableRandom r, String without) {
        this.r = r;
        this.without = without;
        this.sets = !without.contains("set");
        this.formats = !without.contains("format");
        this.strMethods = !without.contains("str-methods");
    }

    /** Whether {@code feature} (e.g. "vars", "hash") is generated: see {@link #sets}. */
    boolean has(String feature) {
        return !without.contains(feature);
    }

    /** Any type this generator may produce. */
    Ty anyType() {
        return pick(Ty.values());
    }

    int pick(int n) {
        return r.nextInt(n);
    }

    boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    String word() {
        return WORDS[r.nextInt(WORDS.length)];
    }

    String key() {
        return KEYS[r.nextInt(KEYS.length)];
    }

    /** A Python string literal of {@code s}, as {@code repr} would print it (mostly). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    String intLiteral() {
        return switch (pick(10)) {
            case 0 -> "0";
            case 1 -> Integer.toString(-1 - pick(50));
            case 2 -> bigLiteral();
            case 3 -> "-" + bigLiteral();
            case 4 -> Integer.toString(pick(1_000_000));
            default -> Integer.toString(1 + pick(12));
        };
    }

    private String bigLiteral() {
        StringBuilder sb = new StringBuilder().append(1 + pick(9));
        int digits = 18 + pick(12);
        for (int i = 0; i < digits; i++) {
            sb.append(pick(10));
        }
        return sb.toString();
    }

    String floatLiteral() {
        String[] f = {"0.5", "1.25", "-3.75", "2.0", "0.1", "1e-3", "1e5", "-0.0", "3.14159",
            "100.5", "7.0", "0.3", "2.5e-5", "12345.678"};
        return f[pick(f.length)];
    }

    String smallInt() {
        return Integer.toString(pick(6));
    }

    /** A variable of type {@code t}, or a literal when there is none. */
    private String var(Scope s, Ty t) {
        List<String> names = s.of(t);
        return names.isEmpty() ? literal(t) : pick(names);
    }

    String literal(Ty t) {
        return switch (t) {
            case INT -> intLiteral();
            case FLOAT -> floatLiteral();
            case STR -> quote(word());
            case BOOL -> chance(50) ? "True" : "False";
            case LIST_INT -> "[" + intLiteral() + ", " + intLiteral() + ", " + smallInt() + "]";
            case LIST_STR -> "[" + quote(word()) + ", " + quote(word()) + "]";
            case TUPLE_INT -> chance(20) ? "(" + intLiteral() + ",)"
                    : "(" + intLiteral() + ", " + smallInt() + ", " + intLiteral() + ")";
            case DICT_STR_INT -> "{" + quote(key()) + ": " + intLiteral() + ", "
                    + quote(key()) + ": " + smallInt() + "}";
            case SET_INT -> chance(15) ? "set()"
                    : "{" + intLiteral() + ", " + smallInt() + ", " + smallInt() + "}";
        };
    }

    /** An atom: a variable (usually) or a literal. */
    String atom(Scope s, Ty t) {
        return !s.of(t).isEmpty() && chance(75) ? pick(s.of(t)) : literal(t);
    }

    String expr(Scope s, Ty t, int depth) {
        if (depth <= 0 || chance(25)) {
            return atom(s, t);
        }
        int d = depth - 1;
        return switch (t) {
            case INT -> intExpr(s, d);
            case FLOAT -> floatExpr(s, d);
            case STR -> strExpr(s, d);
            case BOOL -> boolExpr(s, d);
            case LIST_INT -> listIntExpr(s, d);
            case LIST_STR -> listStrExpr(s, d);
            case TUPLE_INT -> tupleExpr(s, d);
            case DICT_STR_INT -> dictExpr(s, d);
            case SET_INT -> setExpr(s, d);
        };
    }

    /** A list-of-int expression that is never empty (for indexing and min/max). */
    String nonEmptyList(Scope s) {
        return chance(70) ? var(s, Ty.LIST_INT) : literal(Ty.LIST_INT);
    }

    private String intExpr(Scope s, int d) {
        String a = expr(s, Ty.INT, d);
        return switch (pick(24)) {
            case 0, 1 -> "(" + a + " + " + expr(s, Ty.INT, d) + ")";
            case 2 -> "(" + a + " - " + expr(s, Ty.INT, d) + ")";
            case 3 -> "(" + a + " * " + expr(s, Ty.INT, d) + ")";
            case 4 -> "(" + a + " // (" + expr(s, Ty.INT, d) + " or 1))";
            case 5 -> "(" + a + " % (" + expr(s, Ty.INT, d) + " or 7))";
            case 6 -> "(" + atom(s, Ty.INT) + " ** " + pick(5) + ")";
            case 7 -> "(" + a + " << " + pick(70) + ")";
            case 8 -> "(" + a + " >> " + pick(40) + ")";
            case 9 -> "(" + a + " " + pick(new String[] {"&", "|", "^"}) + " "
                    + expr(s, Ty.INT, d) + ")";
            case 10 -> pick(new String[] {"-", "~", "+"}) + "(" + a + ")";
            case 11 -> "len(" + expr(s, pick(new Ty[] {Ty.STR, Ty.LIST_INT, Ty.LIST_STR,
                Ty.DICT_STR_INT, Ty.SET_INT, Ty.TUPLE_INT}), d) + ")";
            case 12 -> "sum(" + expr(s, Ty.LIST_INT, d) + ")";
            case 13 -> pick(new String[] {"min", "max"}) + "(" + nonEmptyList(s)
                    + (chance(30) ? ", key=abs" : "") + ")";
            case 14 -> "abs(" + a + ")";
            case 15 -> "divmod(" + a + ", " + expr(s, Ty.INT, d) + " or 3)["
                    + pick(2) + "]";
            case 16 -> "round(" + a + ", " + (-1 - pick(3)) + ")";
            case 17 -> "(" + a + " if " + expr(s, Ty.BOOL, d) + " else "
                    + expr(s, Ty.INT, d) + ")";
            case 18 -> "int(" + expr(s, Ty.FLOAT, d) + ")";
            case 19 -> indexed(var(s, Ty.LIST_INT), a);
            case 20 -> expr(s, Ty.STR, d) + "." + pick(new String[] {"find", "count"}) + "("
                    + quote(pick(new String[] {"a", "s", "", "ss", "l"})) + ")";
            case 21 -> var(s, Ty.DICT_STR_INT) + ".get(" + quote(key()) + ", " + smallInt()
                    + ")";
            case 22 -> "int(" + quote(Integer.toString(pick(100_000) - 500)) + ")";
            default -> "(" + a + " * " + expr(s, Ty.BOOL, d) + ")";
        };
    }

    private String floatExpr(Scope s, int d) {
        String a = expr(s, Ty.FLOAT, d);
        return switch (pick(14)) {
            case 0, 1 -> "(" + a + " + " + expr(s, Ty.FLOAT, d) + ")";
            case 12 -> "(" + a + " * 1e10)";
            case 13 -> "(" + a + " / 1e7)";
            case 2 -> "(" + a + " - " + atom(s, Ty.INT) + ")";
            case 3 -> "(" + a + " * " + expr(s, Ty.FLOAT, d) + ")";
            case 4 -> "(" + a + " / (" + expr(s, Ty.FLOAT, d) + " or 2.0))";
            case 5 -> "(" + a + " // (" + expr(s, Ty.FLOAT, d) + " or 0.5))";
            case 6 -> "(" + a + " % (" + expr(s, Ty.FLOAT, d) + " or 1.5))";
            case 7 -> "(" + atom(s, Ty.FLOAT) + " ** " + pick(4) + ")";
            case 8 -> "float(" + atom(s, Ty.INT) + ")";
            case 9 -> "abs(" + a + ")";
            case 10 -> "(" + atom(s, Ty.INT) + " / " + (1 + pick(9)) + ")";
            default -> pick(new String[] {"min", "max"}) + "(" + a + ", "
                    + expr(s, Ty.FLOAT, d) + ")";
        };
    }

    private String strExpr(Scope s, int d) {
        String a = expr(s, Ty.STR, d);
        return switch (pick(22)) {
            case 0, 1 -> "(" + a + " + " + expr(s, Ty.STR, d) + ")";
            case 2 -> "(" + a + " * " + pick(4) + ")";
            case 3 -> a + "." + (strMethods ? pick(new String[] {"upper", "lower", "strip",
                "title", "capitalize", "swapcase", "lstrip", "rstrip"})
                : pick(new String[] {"upper", "lower", "strip"})) + "()";
            case 4 -> a + ".replace(" + quote(pick(new String[] {"a", "ss", " ", "l"})) + ", "
                    + quote(pick(new String[] {"", "A", "--"})) + ")";
            case 5 -> quote(pick(new String[] {", ", "", "-", " | "})) + ".join("
                    + expr(s, Ty.LIST_STR, d) + ")";
            case 6 -> "str(" + expr(s, Ty.INT, d) + ")";
            case 7 -> "repr(" + expr(s, anyType(), d) + ")";
            case 8 -> a + "[" + slice() + "]";
            case 9 -> fString(s, d);
            case 10 -> "(" + a + " if " + expr(s, Ty.BOOL, d) + " else "
                    + expr(s, Ty.STR, d) + ")";
            case 11 -> "str(" + expr(s, Ty.FLOAT, d) + ")";
            case 12 -> a + ".strip(" + quote(pick(new String[] {" ", "a", "xz", "-"})) + ")";
            case 13 -> "str(" + expr(s, anyType(), d) + ")";
            case 14 -> !strMethods ? a + ".lower()"
                    : a + ".center(" + (pick(12)) + ", " + quote("*") + ")";
            case 15 -> !strMethods ? a + ".upper()" : a + ".zfill(" + pick(10) + ")";
            case 16 -> "\"\".join(sorted(" + a + "))";
            case 17 -> "\",\".join(str(x) for x in " + expr(s, Ty.LIST_INT, d) + ")";
            case 18 -> a + ".split(" + quote(pick(new String[] {",", " ", "s"})) + ")["
                    + "0]";
            case 19 -> !formats ? "str(" + expr(s, Ty.INT, d) + ")" : "format("
                    + expr(s, Ty.INT, d) + ", "
                    + quote(pick(new String[] {"x", "o", "b", ",", ">8", "<5", "^7", "+"}))
                    + ")";
            case 20 -> "(chr(" + (65 + pick(58)) + ") + " + a + ")";
            default -> !strMethods ? a + ".strip()" : a + ".ljust(" + pick(9) + ", '.')";
        };
    }

    /** {@code xs[i % len(xs)]}: never out of range, since container variables are not empty. */
    static String indexed(String xs, String i) {
        return xs + "[" + i + " % len(" + xs + ")]";
    }

    String slice() {
        String[] starts = {"", "1", "-2", "0", "3", "-5"};
        String[] ends = {"", "2", "-1", "5", "100"};
        String[] steps = {"", "", "", ":2", ":-1", ":3", ":-2"};
        return pick(starts) + ":" + pick(ends) + pick(steps);
    }

    private static String pick(String[] xs, SplittableRandom r) {
        return xs[r.nextInt(xs.length)];
    }

    String pick(String[] xs) {
        return pick(xs, r);
    }

    Ty pick(Ty[] xs) {
        Ty t = xs[r.nextInt(xs.length)];
        return t == Ty.SET_INT && !sets ? Ty.LIST_INT : t;
    }

    /** An f-string with simple conversions and format specs (no float precision beyond .2f). */
    String fString(Scope s, int d) {
        StringBuilder sb = new StringBuilder("f\"");
        int parts = 1 + pick(3);
        for (int i = 0; i < parts; i++) {
            sb.append(pick(new String[] {"", "v=", " [", ": ", "<"}));
            Ty t = pick(new Ty[] {Ty.INT, Ty.STR, Ty.FLOAT, Ty.LIST_INT, Ty.BOOL, Ty.INT});
            String e = atom(s, t);
            if (e.contains("\\")) {
                e = "'plain'"; // 3.11: no backslash inside an f-string's expression part
            }
            String spec = !formats ? pick(new String[] {"", "!r", "!s"}) : switch (t) {
                case INT -> pick(new String[] {"", "", ":5", ":>6", ":<4", ":x", ":,", ":08",
                    ":+", "!r"});
                case STR -> pick(new String[] {"", "!r", ":>8", ":<6", ":^9", "!r:>12"});
                case FLOAT -> pick(new String[] {"", "!r", ":.2f", ":10"});
                default -> pick(new String[] {"", "!r", "!s"});
            };
            sb.append('{').append(e).append(spec).append('}');
        }
        return sb.append("\"").toString();
    }

    private String boolExpr(Scope s, int d) {
        return switch (pick(16)) {
            case 0, 1 -> "(" + expr(s, Ty.INT, d) + " " + cmp() + " " + expr(s, Ty.INT, d)
                    + ")";
            case 2 -> "(" + expr(s, Ty.STR, d) + " " + cmp() + " " + expr(s, Ty.STR, d) + ")";
            case 3 -> "(" + atom(s, Ty.INT) + " < " + atom(s, Ty.INT) + " <= "
                    + atom(s, Ty.INT) + ")";
            case 4 -> "(" + expr(s, Ty.INT, d) + " in " + expr(s, Ty.LIST_INT, d) + ")";
            case 5 -> "(" + quote(key()) + " in " + var(s, Ty.DICT_STR_INT) + ")";
            case 6 -> "(not " + expr(s, Ty.BOOL, d) + ")";
            case 7 -> "(" + expr(s, Ty.BOOL, d) + " " + pick(new String[] {"and", "or"}) + " "
                    + expr(s, Ty.BOOL, d) + ")";
            case 8 -> "isinstance(" + expr(s, anyType(), d) + ", "
                    + pick(new String[] {"int", "str", "list", "(int, float)", "bool", "tuple",
                        "dict"}) + ")";
            case 9 -> pick(new String[] {"any", "all"}) + "(x " + cmp() + " " + smallInt()
                    + " for x in " + expr(s, Ty.LIST_INT, d) + ")";
            case 10 -> expr(s, Ty.STR, d) + "." + pick(new String[] {"startswith", "endswith"})
                    + "(" + quote(pick(new String[] {"a", "al", "", "x", "S"})) + ")";
            case 11 -> "bool(" + expr(s, anyType(), d) + ")";
            case 12 -> "(" + expr(s, Ty.FLOAT, d) + " " + cmp() + " " + expr(s, Ty.INT, d)
                    + ")";
            case 13 -> "(" + expr(s, Ty.LIST_INT, d) + " " + cmp() + " "
                    + expr(s, Ty.LIST_INT, d) + ")";
            case 14 -> !strMethods ? expr(s, Ty.STR, d) + ".startswith('a')"
                    : expr(s, Ty.STR, d) + "." + pick(new String[] {"isdigit", "isalpha",
                "isupper", "islower", "isspace", "isalnum"}) + "()";
            default -> !sets ? "(" + atom(s, Ty.TUPLE_INT) + " == " + atom(s, Ty.TUPLE_INT) + ")"
                : "(" + expr(s, Ty.SET_INT, d) + " " + pick(new String[] {"<=", "==",
                ">=", "<", "!="}) + " " + expr(s, Ty.SET_INT, d) + ")";
        };
    }

    String cmp() {
        return pick(new String[] {"<", "<=", "==", "!=", ">", ">="});
    }

    private String listIntExpr(Scope s, int d) {
        String a = expr(s, Ty.LIST_INT, d);
        return switch (pick(16)) {
            case 0 -> "(" + a + " + " + expr(s, Ty.LIST_INT, d) + ")";
            case 1 -> "(" + a + " * " + pick(3) + ")";
            case 2 -> a + "[" + slice() + "]";
            case 3 -> "sorted(" + a + (chance(50) ? ", reverse=True" : "")
                    + (chance(40) ? ", key=" + pick(new String[] {"abs", "lambda v: -v",
                        "lambda v: (v % 3, v)", "str"}) : "") + ")";
            case 4 -> "[" + pick(new String[] {"x * 2", "x + 1", "-x", "x % 5", "x // 3",
                "abs(x)"}) + " for x in " + a + (chance(50) ? " if x " + cmp() + " "
                + smallInt() : "") + "]";
            case 5 -> "list(range(" + pick(new String[] {"5", "2, 9", "10, 0, -3", "-4, 4, 2",
                "0"}) + "))";
            case 6 -> "list(map(" + pick(new String[] {"abs", "lambda v: v * v",
                "lambda v: v - 1"}) + ", " + a + "))";
            case 7 -> "list(filter(" + pick(new String[] {"lambda v: v % 2",
                "lambda v: v > 0", "None"}) + ", " + a + "))";
            case 8 -> "list(" + (sets ? expr(s, Ty.SET_INT, d) : a) + ")";
            case 9 -> "list(" + var(s, Ty.DICT_STR_INT) + ".values())";
            case 10 -> "list(reversed(" + a + "))";
            case 11 -> "[len(w) for w in " + expr(s, Ty.LIST_STR, d) + "]";
            case 12 -> "list(" + expr(s, Ty.TUPLE_INT, d) + ")";
            case 13 -> "[i * j for i in range(" + (1 + pick(3)) + ") for j in " + a + "[:3]]";
            case 14 -> "[ord(c) for c in " + expr(s, Ty.STR, d) + "[:4]]";
            default -> "[" + expr(s, Ty.INT, d) + ", " + expr(s, Ty.INT, d) + "]";
        };
    }

    private String listStrExpr(Scope s, int d) {
        String a = expr(s, Ty.LIST_STR, d);
        return switch (pick(9)) {
            case 0 -> expr(s, Ty.STR, d) + ".split(" + pick(new String[] {"", "','", "' '",
                "'s'"}) + ")";
            case 1 -> "sorted(" + a + (chance(50) ? ", key=len" : "")
                    + (chance(30) ? ", reverse=True" : "") + ")";
            case 2 -> "[str(x) for x in " + expr(s, Ty.LIST_INT, d) + "]";
            case 3 -> "list(" + var(s, Ty.DICT_STR_INT) + ")";
            case 4 -> "(" + a + " + " + expr(s, Ty.LIST_STR, d) + ")";
            case 5 -> "[w.upper() for w in " + a + " if w]";
            case 6 -> "list(" + expr(s, Ty.STR, d) + "[:5])";
            case 7 -> a + "[" + slice() + "]";
            default -> "[" + expr(s, Ty.STR, d) + "]";
        };
    }

    private String tupleExpr(Scope s, int d) {
        return switch (pick(6)) {
            case 0 -> "tuple(" + nonEmptyList(s) + ")";
            case 1 -> "(" + expr(s, Ty.INT, d) + ", " + expr(s, Ty.INT, d) + ")";
            case 2 -> "divmod(" + expr(s, Ty.INT, d) + ", " + (1 + pick(9)) + ")";
            case 3 -> "(" + expr(s, Ty.TUPLE_INT, d) + " + (" + expr(s, Ty.INT, d) + ",))";
            case 4 -> "tuple(sorted(" + nonEmptyList(s) + "))";
            default -> "tuple(x + 1 for x in " + nonEmptyList(s) + ")";
        };
    }

    private String dictExpr(Scope s, int d) {
        return switch (pick(6)) {
            case 0 -> "dict(zip(" + expr(s, Ty.LIST_STR, d) + ", " + expr(s, Ty.LIST_INT, d)
                    + "))";
            case 1 -> "{w: len(w) for w in " + expr(s, Ty.LIST_STR, d) + "}";
            case 2 -> "{**" + var(s, Ty.DICT_STR_INT) + ", " + quote(key()) + ": "
                    + expr(s, Ty.INT, d) + "}";
            case 3 -> "dict(" + var(s, Ty.DICT_STR_INT) + ", extra=" + expr(s, Ty.INT, d) + ")";
            case 4 -> "{k: v for k, v in " + var(s, Ty.DICT_STR_INT) + ".items() if v "
                    + cmp() + " " + smallInt() + "}";
            default -> "dict.fromkeys(" + expr(s, Ty.LIST_STR, d) + ", " + smallInt() + ")";
        };
    }

    private String setExpr(Scope s, int d) {
        String a = expr(s, Ty.SET_INT, d);
        return switch (pick(7)) {
            case 0 -> "(" + a + " " + pick(new String[] {"|", "&", "-", "^"}) + " "
                    + expr(s, Ty.SET_INT, d) + ")";
            case 1 -> "set(" + expr(s, Ty.LIST_INT, d) + ")";
            case 2 -> "{x % " + (2 + pick(9)) + " for x in " + expr(s, Ty.LIST_INT, d) + "}";
            case 3 -> a + "." + pick(new String[] {"union", "intersection", "difference",
                "symmetric_difference"}) + "(" + expr(s, Ty.LIST_INT, d) + ")";
            case 4 -> "set(range(" + pick(8) + "))";
            case 5 -> "{" + expr(s, Ty.INT, d) + ", " + expr(s, Ty.INT, d) + "}";
            default -> "set(" + var(s, Ty.DICT_STR_INT) + ".values())";
        };
    }
}
