package dev.krait.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The expectations beside the suite runner ({@code cpython-test-suite/expectations/MODULE.txt}):
 * for every test that does not behave as in CPython, the status Krait gives, the reason category
 * ({@code missing-native-module}, {@code not-implemented}, {@code cpython-detail},
 * {@code krait-bug}) and a detail. The dashboards show the category as the test's reason.
 */
public record Expectations(Map<String, Entry> byTest) {

    /** One expected non-pass. */
    public record Entry(String id, String status, String category, String detail) {}

    /** The reason recorded for test {@code id}, or null. */
    public Entry of(String id) {
        return byTest.get(id);
    }

    /** Reads every {@code *.txt} in {@code dir}; an absent directory has no expectations. */
    public static Expectations read(Path dir) {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return new Expectations(entries);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] c = line.split("\t", 4);
                    if (c.length >= 3) {
                        entries.put(c[0], new Entry(c[0], c[1], c[2], c.length > 3 ? c[3] : ""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expectations in " + dir, e);
        }
        return new Expectations(entries);
    }
}
