package dev.krait.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a user sees when a corpus program runs: its exit status, stdout and stderr, after the one
 * normalisation the harness allows (see {@link #normalised}). CPython's outcome and Krait's are
 * compared with {@code equals}.
 *
 * <p>The class also reads and writes the text form that {@code NAME.expected} files keep CPython's
 * outcome in (see {@link ProgramExpectation}): each output is a count line followed by its lines,
 * each prefixed with {@code |}, so that a git diff of an expectation reads like a diff of the
 * program's output and no output can be mistaken for the file's own structure.
 */
record ProgramOutcome(int exitCode, String stdout, String stderr) {
    /** A default repr's address: {@code <object object at 0x7f3a2c1b4d30>}. */
    private static final Pattern ADDRESS = Pattern.compile(" at 0x[0-9a-fA-F]+");
    private static final String NO_NEWLINE = ", no newline at end";

    /**
     * The outcome as the harness compares it. This is the one place that normalises outputs, and
     * it does two things, to both CPython's and Krait's outputs alike:
     *
     * <ul>
     *   <li>memory addresses in default reprs ({@code at 0x7f3a2c1b4d30}) become
     *       {@code at 0x...}: they differ from run to run even within CPython;
     *   <li>the absolute path of the corpus folder becomes {@code <corpus>}: CPython 3.11 names the
     *       main script by its absolute path in tracebacks and {@code __file__}, and the expected
     *       outputs are kept in the repository, so they must not depend on where it is checked out.
     * </ul>
     */
    ProgramOutcome normalised(String corpusRoot) {
        return new ProgramOutcome(exitCode, normalise(stdout, corpusRoot),
                normalise(stderr, corpusRoot));
    }

    private static String normalise(String text, String corpusRoot) {
        String withoutRoot = text.replace(corpusRoot, "<corpus>");
        return ADDRESS.matcher(withoutRoot).replaceAll(" at 0x...");
    }

    /** A short account of how {@code other} (Krait's outcome) differs from this (CPython's). */
    String differenceFrom(ProgramOutcome other) {
        StringBuilder why = new StringBuilder();
        if (exitCode != other.exitCode) {
            why.append("exit status: CPython ").append(exitCode).append(", Krait ")
                    .append(other.exitCode).append('\n');
        }
        appendDifference(why, "stdout", stdout, other.stdout);
        appendDifference(why, "stderr", stderr, other.stderr);
        return why.toString();
    }

    private static void appendDifference(StringBuilder why, String stream, String cpython,
            String krait) {
        String difference = TextDiff.firstDifference(cpython, krait, 60);
        if (difference != null) {
            why.append(stream).append(": ").append(difference).append('\n');
        }
    }

    /**
     * A short name for how {@code other} (Krait's outcome) differs from this (CPython's), for
     * grouping the corpus's failures: Krait's last error line when Krait failed where CPython
     * did not or failed differently, otherwise which stream differs.
     */
    String category(ProgramOutcome other) {
        String kraitError = lastLine(other.stderr);
        if (!kraitError.isEmpty() && !kraitError.equals(lastLine(stderr))) {
            return "krait: " + (kraitError.length() > 100
                    ? kraitError.substring(0, 100) + "..." : kraitError);
        }
        if (!stdout.equals(other.stdout)) {
            return "stdout differs";
        }
        if (!stderr.equals(other.stderr)) {
            return "stderr differs";
        }
        return "exit status differs";
    }

    private static String lastLine(String text) {
        String stripped = text.stripTrailing();
        return stripped.substring(stripped.lastIndexOf('\n') + 1);
    }

    /** Appends {@code name N lines} and the text's lines, each behind a {@code |}. */
    static void writeText(StringBuilder file, String name, String text) {
        List<String> lines = splitLines(text);
        boolean finalNewline = text.isEmpty() || text.endsWith("\n");
        file.append(name).append(' ').append(lines.size()).append(" lines")
                .append(finalNewline ? "" : NO_NEWLINE).append('\n');
        for (String line : lines) {
            file.append('|').append(line).append('\n');
        }
    }

    /**
     * Reads back what {@link #writeText} wrote, starting at {@code lines[at]}; returns the text
     * and leaves {@code at[0]} on the line after it.
     */
    static String readText(List<String> lines, int[] at, String name) {
        String header = lines.get(at[0]++);
        String prefix = name + " ";
        if (!header.startsWith(prefix) || !header.contains(" lines")) {
            throw new IllegalArgumentException("expected '" + name + " N lines', found: " + header);
        }
        int count = Integer.parseInt(header.substring(prefix.length(), header.indexOf(" lines")));
        boolean finalNewline = !header.endsWith(NO_NEWLINE);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String line = lines.get(at[0]++);
            if (!line.startsWith("|")) {
                throw new IllegalArgumentException("expected a '|' line of " + name + ": " + line);
            }
            text.append(line, 1, line.length());
            if (i < count - 1 || finalNewline) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The text's lines, split at {@code \n} only (a {@code \r} stays part of its line). */
    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, newline));
            start = newline + 1;
        }
        return lines;
    }
}
