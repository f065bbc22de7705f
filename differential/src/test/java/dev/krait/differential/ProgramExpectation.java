package dev.krait.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPython's outcome for one corpus program, cached in {@code NAME.expected} beside
 * {@code NAME.py} so that the corpus test never runs CPython on the programs themselves. The file
 * records which CPython produced it and a hash of the sources it was produced from; the test calls
 * it stale, and fails, when either no longer matches ({@code bin/corpus-expectations} rewrites
 * stale files). The format, one item a line:
 *
 * <pre>
 * # comment naming the command that writes the file
 * cpython Python 3.11.7
 * source &lt;SHA-256 of the program and its folder's helper modules&gt;
 * exit 1
 * stdout 2 lines
 * |first line
 * |second line
 * stderr 1 lines, no newline at end
 * |text
 * </pre>
 *
 * @param python the {@code python3 --version} line of the CPython that ran the program
 * @param sourceHash {@link CorpusProgram#sourceHash} when it ran
 * @param outcome what it printed, already {@link ProgramOutcome#normalised normalised}
 */
record ProgramExpectation(String python, String sourceHash, ProgramOutcome outcome) {
    private static final String HEADER =
            "# CPython's outcome, written by bin/corpus-expectations; do not edit by hand.\n";

    /** Reads an expectation file; {@code null} when it does not exist. */
    static ProgramExpectation read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            List<String> lines = Arrays.asList(
                    Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
            int[] at = {0};
            while (lines.get(at[0]).startsWith("#")) {
                at[0]++;
            }
            String python = field(lines.get(at[0]++), "cpython");
            String hash = field(lines.get(at[0]++), "source");
            int exit = Integer.parseInt(field(lines.get(at[0]++), "exit"));
            String stdout = ProgramOutcome.readText(lines, at, "stdout");
            String stderr = ProgramOutcome.readText(lines, at, "stderr");
            return new ProgramExpectation(python, hash, new ProgramOutcome(exit, stdout, stderr));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is malformed (" + e.getMessage()
                    + "); rewrite it with bin/corpus-expectations", e);
        }
    }

    void write(Path file) {
        StringBuilder text = new StringBuilder(HEADER);
        text.append("cpython ").append(python).append('\n');
        text.append("source ").append(sourceHash).append('\n');
        text.append("exit ").append(outcome.exitCode()).append('\n');
        ProgramOutcome.writeText(text, "stdout", outcome.stdout());
        ProgramOutcome.writeText(text, "stderr", outcome.stderr());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static String field(String line, String name) {
        if (!line.startsWith(name + " ")) {
            throw new IllegalArgumentException("expected '" + name + " ...', found: " + line);
        }
        return line.substring(name.length() + 1);
    }
}
