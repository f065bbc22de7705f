package dev.krait.fuzz;

import dev.krait.differential.CPythonOracle;
import dev.krait.differential.KraitFrontEnd;
import dev.krait.differential.ParseOutcome;
import java.nio.charset.StandardCharsets;

/**
 * One comparison of Krait with CPython on a source: both parse it (CPython through the long-lived
 * oracle, Krait on a big-stack worker), with positions in the dump, and the outcomes are compared.
 */
public final class Differential {
    private final CPythonOracle oracle;

    public Differential(CPythonOracle oracle) {
        this.oracle = oracle;
    }

    /** What both did with one source, and how that compares. */
    public record Result(byte[] source, ParseOutcome cpython, ParseOutcome krait, String crash,
            Verdict verdict) {
        /** The report a failing test shows: both outcomes, and the dumps' first difference. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(verdict).append('\n');
            sb.append("  CPython: ").append(cpython.describe()).append('\n');
            sb.append("  Krait:   ").append(krait == null ? "crashed: " + crash : krait.describe())
                    .append('\n');
            if (verdict == Verdict.AST_DIFFERS) {
                sb.append(firstDifference(cpython.dump(), krait.dump()));
            }
            return sb.toString();
        }
    }

    public Result check(String source) {
        return check(source.getBytes(StandardCharsets.UTF_8));
    }

    public Result check(byte[] source) {
        ParseOutcome cpython = oracle.parse(source, true);
        ParseOutcome krait = null;
        String crash = null;
        try {
            krait = KraitFrontEnd.parse(source, true);
        } catch (AssertionError e) {
            crash = e.getMessage();
        }
        return new Result(source, cpython, krait, crash, Verdict.of(cpython, krait));
    }

    /** The two dumps around their first differing character. */
    static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "  first difference at dump offset " + i + ":\n    CPython: ..."
                + a.substring(from, Math.min(a.length(), i + 80)) + "\n    Krait:   ..."
                + b.substring(from, Math.min(b.length(), i + 80)) + "\n";
    }
}
