package dev.krait.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A campaign of generated whole programs ({@link TypedProgramGenerator}) run in CPython and
 * Krait ({@link RunDifferential}): every divergence is grouped by its signature into a class,
 * and the first program of each class is reduced, so that a long campaign ends with one small
 * program per distinct bug rather than thousands of big ones.
 *
 * <p>The report ({@code summary.txt} in the output folder) lists the classes by size with the
 * seeds of their programs, each class's reduced program and both outputs of it; the generated
 * and reduced programs are kept beside it as {@code seed-N.py} and {@code class-K.py}.
 */
public final class RunCampaign {
    /** One divergence class: its signature, its seeds in order, and its reduced program. */
    public static final class DivergenceClass {
        public final String signature;
        public final List<Long> seeds = new ArrayList<>();
        String reduced;
        String reducedReport;

        DivergenceClass(String signature) {
            this.signature = signature;
        }
    }

    private final RunDifferential differential;
    private final String without;
    private final Map<String, DivergenceClass> classes = new LinkedHashMap<>();
    private long programs;
    private long agreeing;

    /** A campaign whose programs leave out the features named in {@code without}. */
    public RunCampaign(RunDifferential differential, String without) {
        this.differential = differential;
        this.without = without;
    }

    /** Seeds written {@code N}, or {@code FROM-TO} (both included). */
    public static long[] seedRange(String text) {
        int dash = text.indexOf('-', 1);
        long from = Long.parseLong((dash < 0 ? text : text.substring(0, dash)).strip());
        long to = dash < 0 ? from : Long.parseLong(text.substring(dash + 1).strip());
        return new long[] {from, to};
    }

    /** Generates and runs one seed's program. */
    public RunResult runSeed(long seed) {
        return differential.run("seed-" + seed, TypedProgramGenerator.generate(seed, without));
    }

    /** Runs seeds {@code from..to} (inclusive); {@code progress} hears a line now and then. */
    public void run(long from, long to, Consumer<String> progress) {
        long start = System.nanoTime();
        for (long seed = from; seed <= to; seed++) {
            RunResult r = runSeed(seed);
            programs++;
            String signature = r.signature();
            if (signature == null) {
                agreeing++;
            } else {
                classes.computeIfAbsent(signature, DivergenceClass::new).seeds.add(seed);
            }
            if (programs % 250 == 0) {
                progress.accept(programs + " programs, " + (programs - agreeing)
                        + " divergent, " + classes.size() + " classes, "
                        + (System.nanoTime() - start) / 1_000_000_000 + " s");
            }
        }
    }

    /**
     * Reduces the first program of each of the {@code maxClasses} largest classes with at most
     * {@code checks} runs each (reduction costs hundreds of runs: the big classes first).
     */
    public void reduce(int maxClasses, int checks, Consumer<String> progress) {
        int k = 0;
        for (DivergenceClass c : classes()) {
            if (k++ >= maxClasses) {
                break;
            }
            if (c.signature.contains("timed out")) {
                continue;
            }
            String source = TypedProgramGenerator.generate(c.seeds.get(0), without);
            c.reduced = differential.reduce(source, c.signature, checks);
            c.reducedReport = differential.run("class-" + k, c.reduced).describe();
            progress.accept("reduced class " + k + ": " + c.signature);
        }
    }

    public long programs() {
        return programs;
    }

    public long divergent() {
        return programs - agreeing;
    }

    public List<DivergenceClass> classes() {
        List<DivergenceClass> list = new ArrayList<>(classes.values());
        list.sort((a, b) -> Integer.compare(b.seeds.size(), a.seeds.size()));
        return list;
    }

    /** The report: totals, then each class with its seeds and reduced program. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(programs).append(" programs, ").append(agreeing).append(" identical, ")
                .append(divergent()).append(" divergent in ").append(classes.size())
                .append(" classes")
                .append(without.isEmpty() ? "" : " (programs generated without " + without + ")")
                .append("\n\n");
        int k = 0;
        for (DivergenceClass c : classes()) {
            k++;
            sb.append("== class ").append(k).append(": ").append(c.signature).append('\n');
            List<Long> shown = c.seeds.subList(0, Math.min(20, c.seeds.size()));
            sb.append("   ").append(c.seeds.size()).append(" programs, seeds ").append(shown)
                    .append(c.seeds.size() > shown.size() ? " ..." : "").append('\n');
            if (c.reduced != null) {
                sb.append("   reduced program:\n").append(c.reduced.replaceAll("(?m)^", "      "))
                        .append('\n').append(c.reducedReport.replaceAll("(?m)^", "   "))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** Writes the report and each class's reduced program into {@code dir}. */
    public void writeReport(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("summary.txt"), report());
            int k = 0;
            for (DivergenceClass c : classes()) {
                k++;
                if (c.reduced != null) {
                    Files.writeString(dir.resolve("class-" + k + ".py"), "# " + c.signature
                            + "\n# first seed " + c.seeds.get(0) + "\n" + c.reduced);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
