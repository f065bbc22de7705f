package dev.krait.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPython's own results for its test modules ({@code cpython-test-suite/baseline/cpython.tsv}):
 * the denominator of every rate, since some tests skip or fail in CPython here too. Format: header
 * comments {@code # python: …}, then per module {@code MODULE<TAB>STATUS} followed by its tests as
 * {@code <TAB>ID<TAB>STATUS}.
 */
public record Baseline(String python, Map<String, Module> modules) {

    /** One module's CPython results: how it ended, and each test's status by id. */
    public record Module(String name, String status, Map<String, String> tests) {
        /** How many of its tests pass in CPython. */
        public int passes() {
            int n = 0;
            for (String s : tests.values()) {
                if (SuiteRun.isGood(s)) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Reads the baseline; an absent file is an empty baseline. */
    public static Baseline read(Path file) {
        String python = "";
        Map<String, Module> modules = new TreeMap<>();
        if (!Files.exists(file)) {
            return new Baseline(python, modules);
        }
        try {
            Module current = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# python: ")) {
                    python = line.substring(10);
                } else if (line.isBlank() || line.startsWith("#")) {
                    continue;
                } else if (line.startsWith("\t")) {
                    String[] f = line.substring(1).split("\t");
                    if (current != null && f.length >= 2) {
                        current.tests().put(f[0], f[1]);
                    }
                } else {
                    String[] f = line.split("\t");
                    current = new Module(f[0], f.length > 1 ? f[1] : "", new LinkedHashMap<>());
                    modules.put(f[0], current);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file, e);
        }
        return new Baseline(python, modules);
    }
}
