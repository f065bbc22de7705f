package dev.krait.differential;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many corpus files match CPython, per folder and per aspect (error, end position, stderr),
 * printed once the corpus test has run: the numbers the corpus exists to move to 100%. A file that
 * could not be compared (Krait's parser still INTERIM) counts in neither column.
 */
final class SyntaxErrorScoreboard {
    /** What is compared for each file, in the order of the printed columns. */
    enum Aspect { ERROR, END_POSITION, STDERR }

    private final Map<String, int[]> matched = new TreeMap<>();
    private final Map<String, int[]> compared = new TreeMap<>();

    /** Notes the result of comparing one aspect of one file. */
    synchronized void record(Path file, Aspect aspect, boolean matches) {
        String folder = folderOf(file);
        compared.computeIfAbsent(folder, f -> new int[Aspect.values().length])[aspect.ordinal()]++;
        int[] row = matched.computeIfAbsent(folder, f -> new int[Aspect.values().length]);
        if (matches) {
            row[aspect.ordinal()]++;
        }
    }

    /** Prints one line per folder and a total, as {@code matched/compared} per aspect. */
    synchronized void print(PrintStream out) {
        if (compared.isEmpty()) {
            return;
        }
        int[] totalMatched = new int[Aspect.values().length];
        int[] totalCompared = new int[Aspect.values().length];
        out.printf("%-16s %12s %12s %12s%n", "syntax errors", "error", "end position", "stderr");
        for (String folder : compared.keySet()) {
            int[] m = matched.get(folder);
            int[] c = compared.get(folder);
            out.println(row(folder, m, c));
            for (int i = 0; i < m.length; i++) {
                totalMatched[i] += m[i];
                totalCompared[i] += c[i];
            }
        }
        out.println(row("total", totalMatched, totalCompared));
    }

    private static String row(String name, int[] m, int[] c) {
        StringBuilder line = new StringBuilder(String.format("%-16s", name));
        for (int i = 0; i < m.length; i++) {
            line.append(String.format(" %12s", m[i] + "/" + c[i]));
        }
        return line.toString();
    }

    private static String folderOf(Path file) {
        Path relative = SyntaxErrorCorpus.ROOT.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : ".";
    }
}
