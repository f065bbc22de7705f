package dev.krait.fuzz;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One program run in CPython and in Krait: what each printed and how each ended, compared
 * exactly. The one normalisation is memory addresses ({@code 0x7f...} in default reprs), which
 * differ between any two runs of the same interpreter.
 *
 * <p>A divergence has a {@link #signature() signature}, the short description the reducer keeps
 * constant while it shrinks the program ("still diverges the same way") and the campaign uses to
 * group divergences into classes.
 */
public record RunResult(Path file, Outcome cpython, Outcome krait) {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z]\\w*(Error|Exception)\\b");

    /** How one interpreter ran a program; {@code timedOut} runs were stopped. */
    public record Outcome(int exit, String stdout, String stderr, boolean timedOut) {
        static Outcome timeout() {
            return new Outcome(-1, "", "", true);
        }

        Outcome normalised() {
            return new Outcome(exit, normalise(stdout), normalise(stderr), timedOut);
        }
    }

    static String normalise(String text) {
        return text.indexOf("0x") < 0 ? text : ADDRESS.matcher(text).replaceAll("0x?");
    }

    /** The last non-blank line of a stream: for a traceback, the exception and its message. */
    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 || lines[lines.length - 1].isEmpty() ? "-"
                : lines[lines.length - 1];
    }

    /**
     * {@code null} when both agree; otherwise what differs, coarsely: a timeout, the last line
     * of Krait's stderr (the exception it printed), the traceback above an identical last line,
     * the exit status, or stdout's first differing line.
     */
    public String signature() {
        if (cpython.timedOut) {
            return "cpython timed out";
        }
        if (krait.timedOut) {
            return "krait timed out";
        }
        Outcome c = cpython.normalised();
        Outcome k = krait.normalised();
        if (!c.stderr.equals(k.stderr)) {
            String cl = lastLine(c.stderr);
            String kl = lastLine(k.stderr);
            if (cl.equals(kl)) {
                return "traceback differs above: " + shape(cl);
            }
            // Krait's error names the bug, whatever CPython printed (often nothing): one class.
            return kl.equals("-") ? "stderr: CPython " + shape(cl) + " / Krait nothing"
                    : "stderr: Krait " + shape(kl);
        }
        if (c.exit != k.exit) {
            return "exit status: CPython " + c.exit + " / Krait " + k.exit;
        }
        if (!c.stdout.equals(k.stdout)) {
            String[] x = c.stdout.split("\n", -1);
            String[] y = k.stdout.split("\n", -1);
            int i = 0;
            while (i < x.length && i < y.length && x[i].equals(y[i])) {
                i++;
            }
            String cl = i < x.length ? x[i] : "<end>";
            String kl = i < y.length ? y[i] : "<end>";
            Matcher m = EXCEPTION_NAME.matcher(kl);
            if (m.find()) {
                // Krait printed an exception (or another message of one): that names the bug.
                return "stdout: Krait " + shape(kl.substring(m.start()));
            }
            return "stdout: CPython " + shape(cl) + " / Krait " + shape(kl);
        }
        return null;
    }

    private static String clip(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "...";
    }

    /**
     * A line with its numbers blurred ({@code 9}) and its length capped: programs that meet the
     * same bug with other values share a signature, and a reduced program keeps the line.
     */
    private static String shape(String line) {
        String s = line.replaceAll("[0-9]+", "9");
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    /** Both outcomes around their first difference, for a report. */
    public String describe() {
        Outcome c = cpython.normalised();
        Outcome k = krait.normalised();
        StringBuilder sb = new StringBuilder();
        sb.append(signature()).append('\n');
        sb.append("  exit: CPython ").append(c.exit).append(", Krait ").append(k.exit)
                .append('\n');
        if (!c.stdout.equals(k.stdout)) {
            sb.append(firstDifference("stdout", c.stdout, k.stdout));
        }
        if (!c.stderr.equals(k.stderr)) {
            sb.append("  stderr (CPython):\n").append(indent(tail(c.stderr)));
            sb.append("  stderr (Krait):\n").append(indent(tail(k.stderr)));
        }
        return sb.toString();
    }

    /** The first differing line of two outputs, with its number and the line before it. */
    static String firstDifference(String what, String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) {
            i++;
        }
        StringBuilder sb = new StringBuilder("  " + what + " differs at line " + (i + 1) + ":\n");
        if (i > 0) {
            sb.append("    both:    ").append(clip(x[i - 1])).append('\n');
        }
        sb.append("    CPython: ").append(i < x.length ? clip(x[i]) : "<end>").append('\n');
        sb.append("    Krait:   ").append(i < y.length ? clip(y[i]) : "<end>").append('\n');
        return sb.toString();
    }

    private static String tail(String text) {
        String[] lines = text.split("\n");
        int from = Math.max(0, lines.length - 12);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length)) + "\n";
    }

    private static String indent(String text) {
        return text.isBlank() ? "    <empty>\n" : text.replaceAll("(?m)^", "    ");
    }
}
