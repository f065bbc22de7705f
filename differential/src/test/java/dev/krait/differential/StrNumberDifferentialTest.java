package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.text.Repr;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The str, int, float and complex objects against CPython 3.11: thousands of generated calls —
 * every str method over strings mixing ASCII, Latin-1, Greek sigmas, titlecase digraphs, Arabic
 * digits, astral characters and line breaks; {@code %}-formatting and {@code str.format}; format
 * specs of numbers; {@code int()}, {@code float()} and {@code complex()} of text; true division
 * of big ints — each evaluated through Krait's Java objects and, in one python3 batch, by
 * CPython, comparing the repr of the result or the exception's type and args.
 */
class StrNumberDifferentialTest {
    private static final long SEED = Long.getLong("krait.strnum.seed", 20261126L);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Characters the generated strings are made of: each exercises some Unicode rule. */
    private static final String[] ALPHABET = {"a", "b", "Z", " ", "  ", "\t", "\n", "\r\n", "1",
        "_", "-", "+", ",", ".", "ß", "Σ", "σ", "ǅ", "ǆ", "İ", "é", "٣", "²", "½", "Ⅻ", "😀",
        "𝐀", "\u2028", "\u00a0", "\u0301", "ﬁ", "ab", "abc", "x", "{", "}", "0"};
    private static final String[] FORMAT_SPECS = {"", "10", "<8", ">8", "^9", "*^11", "+", " ",
        "08", ",", "_", ".2", ".3f", "e", ".1e", "g", ".4g", "%", ".0%", "x", "#x", "X", "o",
        "#b", "n", "d", "c", "s", "=+10", "010.2f", "#.0f", ",.2f", "_x", ".10", "z", "!"};

    /** One call: Python source, and the same call through Krait's objects. */
    private record Case(String python, PyObject receiver, String method, Object[] args) {}

    private final List<Case> cases = new ArrayList<>();
    private final Random random = new Random(SEED);

    @TempDir
    Path dir;

    @Test
    void strAndNumbersMatchCPython() throws IOException {
        generate();
        StringBuilder text = new StringBuilder();
        for (Case c : cases) {
            text.append(c.python).append('\n');
        }
        Path input = dir.resolve("cases.txt");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        Path script = dir.resolve("str_number_oracle.py");
        try (InputStream in = getClass().getResourceAsStream("str_number_oracle.py")) {
            Files.write(script, in.readAllBytes());
        }
        PythonRun.Result run = PythonRun.runFile(script, TIMEOUT, input.toString());
        assertFalse(run.timedOut(), "python3 timed out");
        assertEquals(0, run.exitCode(), run.stderr());
        String[] answers = run.stdout().split("\n", -1);
        assertEquals(cases.size() + 1, answers.length, "one answer per case");
        Map<String, int[]> counts = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String actual = evaluate(c);
            int[] count = counts.computeIfAbsent(c.method, k -> new int[2]);
            count[0]++;
            if (!actual.equals(answers[i])) {
                count[1]++;
                mismatches.add(c.python + "\n    CPython: " + answers[i] + "\n    Krait:   "
                        + actual);
            }
        }
        StringBuilder summary = new StringBuilder(cases.size() + " cases (method: total/"
                + "mismatched):");
        counts.forEach((k, v) -> summary.append(' ').append(k).append(": ").append(v[0])
                .append('/').append(v[1]));
        System.out.println(summary);
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(25,
                mismatches.size()))), mismatches.size() + " mismatches; " + summary);
    }

    private static String evaluate(Case c) {
        try {
            PyObject[] args = new PyObject[c.args.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = object(c.args[i]);
            }
            PyObject result = c.receiver instanceof PyType t && c.method.equals("()")
                    ? Ops.call(t, args) : Ops.callMethod(c.receiver, c.method, args);
            return Ops.repr(result).value();
        } catch (PyException e) {
            return "ERR " + e.value.type().getName() + ": "
                    + Ops.repr(Attributes.getAttr(e.value, "args")).value();
        } catch (RuntimeException e) {
            return "CRASH " + e;
        }
    }

    // ---- values: Java objects standing for Python ones, with their Python literals ----------

    private static PyObject object(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof double[] c) {
            return new PyComplex(c[0], c[1]);
        }
        if (v instanceof Object[] items) {
            PyObject[] t = new PyObject[items.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = object(items[i]);
            }
            return PyTuple.of(t);
        }
        if (v instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            m.forEach((k, x) -> d.setItem(object(k), object(x)));
            return d;
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    private static String literal(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String s) {
            return Repr.strRepr(s);
        }
        if (v instanceof Long || v instanceof BigInteger) {
            return "(" + v + ")";
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "float('" + d + "')" : "(" + Repr.floatRepr(d)
                    + ")";
        }
        if (v instanceof double[] c) {
            return "complex(" + literal(c[0]) + ", " + literal(c[1]) + ")";
        }
        if (v instanceof Object[] items) {
            StringBuilder sb = new StringBuilder("(");
            for (Object item : items) {
                sb.append(literal(item)).append(", ");
            }
            return sb.append(")").toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(literal(k)).append(": ").append(literal(x))
                    .append(", "));
            return sb.append("}").toString();
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    private void call(Object receiver, String method, Object... args) {
        StringBuilder py = new StringBuilder(literal(receiver)).append('.').append(method)
                .append('(');
        for (int i = 0; i < args.length; i++) {
            py.append(i > 0 ? ", " : "").append(literal(args[i]));
        }
        cases.add(new Case(py.append(')').toString(), object(receiver), method, args));
    }

    private void construct(PyType type, Object... args) {
        StringBuilder py = new StringBuilder(type.getName()).append('(');
        for (int i = 0; i < args.length; i++) {
            py.append(i > 0 ? ", " : "").append(literal(args[i]));
        }
        cases.add(new Case(py.append(')').toString(), type, "()", args));
    }

    // ---- generation ------------------------------------------------------------------------

    private String text(int maxParts) {
        int n = random.nextInt(maxParts + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    private Object smallIndex() {
        return random.nextInt(5) == 0 ? null : (long) (random.nextInt(15) - 5);
    }

    private Object number() {
        return switch (random.nextInt(6)) {
            case 0 -> (long) random.nextInt(2000) - 1000;
            case 1 -> new BigInteger(random.nextInt(200) + 1, random).subtract(BigInteger.ONE
                    .shiftLeft(random.nextInt(150)));
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
            case 3 -> new double[] {random.nextInt(200) / 8.0 - 10, random.nextInt(200) / 16.0
                    - 5};
            case 4 -> new double[] {0.0, 1.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e300,
                5e-324, 0.5, 2.5, 1e16}[random.nextInt(10)];
            default -> random.nextBoolean() ? (long) random.nextInt(300)
                    : (Object) ((double) random.nextInt(300) / 4);
        };
    }

    private void generate() {
        String[] noArgs = {"lower", "upper", "casefold", "capitalize", "swapcase", "title",
            "islower", "isupper", "istitle", "isalpha", "isalnum", "isdecimal", "isdigit",
            "isnumeric", "isspace", "isprintable", "isascii", "isidentifier", "split",
            "rsplit", "splitlines", "strip", "lstrip", "rstrip", "expandtabs", "__len__",
            "__repr__", "__str__"};
        for (int i = 0; i < 1500; i++) {
            call(text(6), noArgs[random.nextInt(noArgs.length)]);
        }
        String[] searches = {"find", "rfind", "index", "rindex", "count", "startswith",
            "endswith"};
        for (int i = 0; i < 800; i++) {
            String s = text(6);
            String sub = random.nextInt(4) == 0 ? "" : text(2);
            String m = searches[random.nextInt(searches.length)];
            switch (random.nextInt(3)) {
                case 0 -> call(s, m, sub);
                case 1 -> call(s, m, sub, smallIndex());
                default -> call(s, m, sub, smallIndex(), smallIndex());
            }
        }
        for (int i = 0; i < 800; i++) {
            String s = text(6);
            String sep = random.nextInt(5) == 0 ? "" : text(1);
            long width = random.nextInt(16) - 2;
            String fill = random.nextInt(6) == 0 ? "ab" : ALPHABET[random.nextInt(5) + 14];
            switch (random.nextInt(14)) {
                case 0 -> call(s, "split", sep);
                case 1 -> call(s, "rsplit", random.nextBoolean() ? null : sep, smallIndex());
                case 2 -> call(s, "split", null, (long) random.nextInt(4));
                case 3 -> call(s, "partition", sep);
                case 4 -> call(s, "rpartition", sep);
                case 5 -> call(s, "center", width, fill);
                case 6 -> call(s, random.nextBoolean() ? "ljust" : "rjust", width, fill);
                case 7 -> call(random.nextBoolean() ? "-" + s : s, "zfill", width);
                case 8 -> call(s, "expandtabs", (long) random.nextInt(6));
                case 9 -> call(s, "replace", sep, text(2), smallIndex());
                case 10 -> call(s, random.nextBoolean() ? "removeprefix" : "removesuffix",
                        text(2));
                case 11 -> call(s, "strip", text(2));
                case 12 -> call(s, "splitlines", random.nextBoolean() ? 1L : 0L);
                default -> call(sep, "join", (Object) new Object[] {s, text(2), text(1)});
            }
        }
        for (int i = 0; i < 300; i++) {
            String from = text(3);
            String to = new StringBuilder(from).reverse().toString();
            if (random.nextInt(5) == 0) {
                to = to + "x";
            }
            cases.add(new Case("str.maketrans(" + literal(from) + ", " + literal(to) + ")",
                    PyStr.TYPE, "maketrans", new Object[] {from, to}));
            Map<Object, Object> table = new java.util.LinkedHashMap<>();
            for (int k = 0; k < 3; k++) {
                table.put((long) "abZ ß1".charAt(random.nextInt(6)),
                        random.nextBoolean() ? null : text(1));
            }
            call(text(6), "translate", table);
        }
        for (int i = 0; i < 1500; i++) {
            Object n = number();
            String spec = FORMAT_SPECS[random.nextInt(FORMAT_SPECS.length)];
            if (random.nextInt(4) == 0) {
                spec = FORMAT_SPECS[random.nextInt(FORMAT_SPECS.length)] + spec;
            }
            call(n, "__format__", spec);
        }
        for (int i = 0; i < 400; i++) {
            call(text(4), "__format__", FORMAT_SPECS[random.nextInt(FORMAT_SPECS.length)]);
        }
        String[] conversions = {"%s", "%r", "%a", "%d", "%i", "%x", "%X", "%o", "%#x", "%e",
            "%f", "%g", "%G", "%c", "%5s", "%-6d", "%+.2f", "% 05d", "%.3s", "%*d", "%.*f",
            "%%", "%(k)s", "%y", "%", "%10.4e"};
        for (int i = 0; i < 1000; i++) {
            String fmt = "<" + conversions[random.nextInt(conversions.length)]
                    + (random.nextBoolean() ? "|" + conversions[random.nextInt(
                            conversions.length)] : "") + ">";
            Object[] args = new Object[random.nextInt(4)];
            for (int k = 0; k < args.length; k++) {
                args[k] = random.nextInt(3) == 0 ? text(2) : number();
            }
            Object arg = random.nextInt(8) == 0 ? Map.of("k", number())
                    : args.length == 1 && random.nextBoolean() ? args[0] : (Object) args;
            call(fmt, "__mod__", arg);
        }
        String[] fields = {"{}", "{0}", "{1}", "{0!r}", "{0!s:>6}", "{:^7}", "{0:{1}}", "{k}",
            "{0.real}", "{0[0]}", "{!a}", "{{", "}}", "{", "{0:.{1}f}", "{0!x}", "{:,}"};
        for (int i = 0; i < 800; i++) {
            String fmt = "<" + fields[random.nextInt(fields.length)]
                    + (random.nextBoolean() ? fields[random.nextInt(fields.length)] : "") + ">";
            Object[] args = new Object[random.nextInt(3)];
            for (int k = 0; k < args.length; k++) {
                args[k] = random.nextInt(3) == 0 ? text(2) : random.nextBoolean()
                        ? (long) random.nextInt(12) : number();
            }
            call(fmt, "format", args);
            if (random.nextInt(3) == 0) {
                call(fmt, "format_map", Map.of("k", number()));
            }
        }
        String[] numberTexts = {"0", "42", "-17", " 1_000 ", "0x1f", "0b101", "0o17", "1e5",
            "1.5", "-.5e-3", "inf", "-nan", "١٢٣", "１２", "1__0", "_1", "", "12a", "3+4j",
            "(1-2j)", "j", "-1.5e300j", "1e400", "0x", "010", "\u2003-7\u2003", "infinity"};
        for (int i = 0; i < 500; i++) {
            String t = numberTexts[random.nextInt(numberTexts.length)];
            switch (random.nextInt(4)) {
                case 0 -> construct(PyInt.TYPE, t);
                case 1 -> construct(PyInt.TYPE, t, (long) new int[] {0, 2, 8, 10, 16, 36, 1,
                    37}[random.nextInt(8)]);
                case 2 -> construct(PyFloat.TYPE, t);
                default -> construct(PyComplex.TYPE, t);
            }
        }
        for (int i = 0; i < 800; i++) {
            BigInteger a = new BigInteger(random.nextInt(1200) + 1, random);
            BigInteger b = new BigInteger(random.nextInt(1200) + 1, random).add(BigInteger.ONE);
            if (random.nextBoolean()) {
                a = a.negate();
            }
            call(a, "__truediv__", b);
        }
        String[] numberMethods = {"bit_length", "bit_count", "as_integer_ratio", "hex",
            "is_integer", "__trunc__", "__floor__", "__ceil__", "conjugate", "__abs__",
            "__repr__", "__str__", "__neg__", "__bool__", "__int__", "__float__", "__round__"};
        for (int i = 0; i < 600; i++) {
            call(number(), numberMethods[random.nextInt(numberMethods.length)]);
        }
        for (int i = 0; i < 500; i++) {
            Object a = number();
            Object b = number();
            String[] ops = {"__truediv__", "__pow__", "__eq__", "__mul__", "__rtruediv__",
                "__round__", "__divmod__", "__floordiv__", "__mod__"};
            String op = ops[random.nextInt(ops.length)];
            if (op.equals("__round__")) {
                if (!(a instanceof double[])) {
                    call(a, op, (long) random.nextInt(8) - 4);
                }
            } else if (op.equals("__pow__") && !(b instanceof double[] || a instanceof double[])
                    && !(b instanceof Double) && b instanceof Long l && Math.abs(l) > 60) {
                call(a, op, (long) random.nextInt(10) - 3);
            } else if (!op.equals("__pow__") || !(b instanceof BigInteger)) {
                call(a, op, b);
            }
        }
    }
}
