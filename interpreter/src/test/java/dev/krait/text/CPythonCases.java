package dev.krait.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Edge cases written as a Python expression beside the Java call that must give the same answer:
 * CPython evaluates all expressions of a test in one run, and each answer — the str result, or
 * the exception's type and message — must equal Krait's. Nothing expected is typed by hand.
 */
final class CPythonCases {
    private final List<String> expressions = new ArrayList<>();
    private final List<Supplier<String>> krait = new ArrayList<>();

    private static final String SCRIPT = """
            import sys
            sys.set_int_max_str_digits(4300)
            def enc(s):
                return '.'.join('%x' % ord(c) for c in s)
            for line in sys.stdin.read().split('\\n')[:-1]:
                try:
                    print('OK\\t' + enc(str(eval(line))))
                except Exception as e:
                    print('ERR\\t' + type(e).__name__ + '\\t' + enc(str(e)))
            """;

    /** Adds a case: {@code python} is one line of Python, {@code java} Krait's computation. */
    CPythonCases add(String python, Supplier<String> java) {
        expressions.add(python);
        krait.add(java);
        return this;
    }

    /** Runs CPython on every expression and asserts that Krait answers each the same. */
    void assertAllMatch() {
        List<String> answers = PythonBatch.run(SCRIPT, String.join("\n", expressions) + "\n", 60);
        assertEquals(expressions.size(), answers.size(), "one answer per expression");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            String actual;
            try {
                actual = "OK\t" + encode(krait.get(i).get());
            } catch (TextFormatError e) {
                actual = "ERR\t" + e.pythonType() + "\t" + encode(e.getMessage());
            }
            if (!actual.equals(answers.get(i))) {
                mismatches.add(cut(expressions.get(i)) + "\n    CPython: "
                        + cut(decode(answers.get(i))) + "\n    Krait:   " + cut(decode(actual)));
            }
        }
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " of "
                + expressions.size() + " cases differ from CPython");
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(Integer.toHexString(cp));
        });
        return sb.toString();
    }

    /** An answer made readable: its hex-encoded fields shown as Python reprs. */
    private static String decode(String answer) {
        String[] fields = answer.split("\t", -1);
        StringBuilder sb = new StringBuilder(fields[0]);
        for (int i = 1; i < fields.length; i++) {
            String field = fields[i];
            if (i == fields.length - 1) {
                StringBuilder text = new StringBuilder();
                if (!field.isEmpty()) {
                    for (String h : field.split("\\.")) {
                        text.appendCodePoint(Integer.parseInt(h, 16));
                    }
                }
                field = Repr.strRepr(text.toString());
            }
            sb.append(' ').append(field);
        }
        return sb.toString();
    }
}
