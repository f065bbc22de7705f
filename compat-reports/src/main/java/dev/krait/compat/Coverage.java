package dev.krait.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interpreter's test coverage, from JaCoCo's CSV report ({@code jacoco.csv}, one line per
 * class), summed per package and overall: lines and branches covered. The site shows these sums
 * and links JaCoCo's own HTML report when it is there.
 *
 * @param htmlReport the folder of JaCoCo's HTML report ({@code index.html}), or null
 * @param runs what ran the interpreter to give these numbers, in words
 */
public record Coverage(Path htmlReport, String runs, Counts total, List<Counts> packages) {
    /** The folder (under {@code site/target/site/}) of the report aggregated by the build. */
    public static final String AGGREGATE = "jacoco-aggregate";

    /** Covered and missed lines and branches of a package (or of everything). */
    public record Counts(String name, long linesCovered, long linesMissed, long branchesCovered,
            long branchesMissed) {
        /** Lines covered ÷ lines, or NaN with no line. */
        public double lineRate() {
            long all = linesCovered + linesMissed;
            return all == 0 ? Double.NaN : (double) linesCovered / all;
        }

        /** Branches covered ÷ branches, or NaN with no branch. */
        public double branchRate() {
            long all = branchesCovered + branchesMissed;
            return all == 0 ? Double.NaN : (double) branchesCovered / all;
        }

        /** All lines. */
        public long lines() {
            return linesCovered + linesMissed;
        }

        Counts plus(long lc, long lm, long bc, long bm) {
            return new Counts(name, linesCovered + lc, linesMissed + lm, branchesCovered + bc,
                    branchesMissed + bm);
        }
    }

    /**
     * Reads {@code dir/jacoco.csv}; null when JaCoCo has not written one. A folder named
     * {@link #AGGREGATE} holds the site module's aggregate of every run; any other, the
     * interpreter's unit tests alone.
     */
    public static Coverage read(Path dir) {
        Path csv = dir == null ? null : dir.resolve("jacoco.csv");
        if (csv == null || !Files.exists(csv)) {
            return null;
        }
        Map<String, Counts> packages = new TreeMap<>();
        Counts total = new Counts("all", 0, 0, 0, 0);
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.getFirst().split(","));
            int lm = header.indexOf("LINE_MISSED");
            int lc = header.indexOf("LINE_COVERED");
            int bm = header.indexOf("BRANCH_MISSED");
            int bc = header.indexOf("BRANCH_COVERED");
            int pkg = header.indexOf("PACKAGE");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f.length < header.size()) {
                    continue;
                }
                long[] n = {Long.parseLong(f[lc]), Long.parseLong(f[lm]), Long.parseLong(f[bc]),
                        Long.parseLong(f[bm])};
                packages.put(f[pkg], packages.getOrDefault(f[pkg], new Counts(f[pkg], 0, 0, 0, 0))
                        .plus(n[0], n[1], n[2], n[3]));
                total = total.plus(n[0], n[1], n[2], n[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        Path html = dir.resolve("index.html");
        String runs = dir.getFileName().toString().equals(AGGREGATE)
                ? "its unit tests, the differential corpus, the fuzz campaigns and the "
                        + "CPython-suite ratchet (in the test JVMs and in the Krait JVMs they start)"
                : "its unit tests";
        return new Coverage(Files.exists(html) ? dir : null, runs, total,
                new ArrayList<>(packages.values()));
    }
}
