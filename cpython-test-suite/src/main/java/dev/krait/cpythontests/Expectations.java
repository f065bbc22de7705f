package dev.krait.cpythontests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What we expect of one test module in Krait, kept beside the runner in
 * {@code cpython-test-suite/expectations/MODULE.txt} (CPython's test files are never edited).
 * The file lists only what does not behave as in CPython: a module that does not run to its end
 * (a line for the module itself), and each test whose status differs from CPython's baseline, with
 * its status, a {@link Category} and the first line of the error. Every test not listed is
 * expected to do what it does in CPython (pass, mostly).
 */
record Expectations(String module, Entry moduleEntry, Map<String, Entry> tests) {
    /** One line: a test (or the module) and what it does in Krait. */
    record Entry(String id, String status, Category category, String detail) {}

    static final String MODULE_KEY = "<module>";

    /** Whether the module is expected to run to its end. */
    boolean moduleCompletes() {
        return moduleEntry == null;
    }

    static Path file(Path dir, String module) {
        return dir.resolve(module + ".txt");
    }

    /** The module's expectations, or null when it has no file (never recorded). */
    static Expectations read(Path dir, String module) {
        Path file = file(dir, module);
        if (!Files.exists(file)) {
            return null;
        }
        Entry moduleEntry = null;
        Map<String, Entry> tests = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                if (f.length < 3) {
                    throw new IllegalArgumentException(file + ": bad line: " + line);
                }
                Entry e = new Entry(f[0], f[1], Category.of(f[2]), f.length > 3 ? f[3] : "");
                if (f[0].equals(MODULE_KEY)) {
                    moduleEntry = e;
                } else {
                    tests.put(f[0], e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expectations(module, moduleEntry, tests);
    }

    /**
     * The expectations that {@code result} establishes: what differs from {@code baseline}
     * (null: from passing). Reasons of entries whose status did not change are kept from
     * {@code previous}, so that a category set by hand survives an update.
     */
    static Expectations from(ModuleResult result, Baseline.Module baseline,
            Expectations previous) {
        Entry moduleEntry = null;
        if (!result.completed()) {
            moduleEntry = keep(previous == null ? null : previous.moduleEntry,
                    new Entry(MODULE_KEY, result.status(),
                            Category.guess(result.type(), result.message()),
                            detail(result.type(), result.message())));
        }
        Map<String, Entry> tests = new LinkedHashMap<>();
        Map<String, TestStatus> seen = new LinkedHashMap<>();
        for (TestResult t : result.tests()) {
            seen.put(t.id(), t.status());
            TestStatus expected = baseline == null ? TestStatus.PASSED
                    : baseline.tests().getOrDefault(t.id(), TestStatus.PASSED);
            if (!t.status().isGood() && t.status() != expected) {
                Entry fresh = new Entry(t.id(), t.status().label(),
                        Category.guess(t.type(), t.message()), detail(t.type(), t.message()));
                tests.put(t.id(), keep(previous == null ? null : previous.tests.get(t.id()),
                        fresh));
            }
        }
        if (baseline != null && moduleEntry == null) {
            for (Map.Entry<String, TestStatus> b : baseline.tests().entrySet()) {
                if (b.getValue().isGood() && !seen.containsKey(b.getKey())) {
                    Entry fresh = new Entry(b.getKey(), TestStatus.NOT_RUN.label(),
                            Category.KRAIT_BUG, "reported by CPython, not by Krait");
                    tests.put(b.getKey(), keep(previous == null ? null
                            : previous.tests.get(b.getKey()), fresh));
                }
            }
        }
        return new Expectations(result.module(), moduleEntry, tests);
    }

    /**
     * The entry to write: the previous one's category and detail when the status did not change
     * (so hand edits survive), except that a guessed category gives way to a CPython detail the
     * rules now recognise ({@link Category#recategorise}).
     */
    private static Entry keep(Entry old, Entry fresh) {
        return old != null && old.status().equals(fresh.status())
                ? new Entry(fresh.id(), fresh.status(), Category.recategorise(old.category(),
                        old.detail()), old.detail()) : fresh;
    }

    /**
     * These expectations with every entry's category re-guessed from its recorded detail
     * ({@link Category#recategorise}); statuses and details stay. This is how a better rule
     * reaches the modules that have not been run since: no run is needed.
     */
    Expectations recategorised() {
        Map<String, Entry> out = new LinkedHashMap<>();
        tests.forEach((id, e) -> out.put(id, recategorised(e)));
        return new Expectations(module, moduleEntry == null ? null : recategorised(moduleEntry),
                out);
    }

    /** How many entries have another category here than in {@code other}. */
    long changedCategories(Expectations other) {
        long n = moduleEntry != null && other.moduleEntry != null
                && moduleEntry.category() != other.moduleEntry.category() ? 1 : 0;
        return n + tests.values().stream().filter(e -> {
            Entry o = other.tests.get(e.id());
            return o != null && o.category() != e.category();
        }).count();
    }

    private static Entry recategorised(Entry e) {
        return new Entry(e.id(), e.status(), Category.recategorise(e.category(), e.detail()),
                e.detail());
    }

    private static String detail(String type, String message) {
        String m = message == null ? "" : message.replace('\t', ' ').replace('\n', ' ');
        if (m.length() > 200) {
            m = m.substring(0, 200) + "…";
        }
        return type == null ? m : m.isEmpty() ? type : type + ": " + m;
    }

    void write(Path dir) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + module + " in Krait: what does not behave as in CPython's baseline.");
        lines.add("# Rewritten by bin/cpython-tests --update-expectations; categories may be "
                + "edited by hand.");
        lines.add("# ID\tSTATUS\tCATEGORY\tDETAIL");
        if (moduleEntry != null) {
            lines.add(line(moduleEntry));
        }
        tests.values().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach(e -> lines.add(line(e)));
        try {
            Files.createDirectories(dir);
            Files.write(file(dir, module), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Entry e) {
        return e.id() + "\t" + e.status() + "\t" + e.category().label() + "\t" + e.detail();
    }
}
