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
 * The import census's gaps ({@code differential/census/known-gaps.txt}, kept by
 * {@code ImportCensusTest}): every top-level module that imports in CPython 3.11 and not in
 * Krait, with its category ({@code not-yet}, {@code fallback}, {@code platform}, {@code c-api})
 * and reason.
 */
public record ImportCensus(List<Gap> gaps) {

    /** One module that does not import in Krait. */
    public record Gap(String module, String category, String reason) {}

    /** The number of gaps per category, by category name. */
    public Map<String, Integer> byCategory() {
        Map<String, Integer> counts = new TreeMap<>();
        gaps.forEach(g -> counts.merge(g.category(), 1, Integer::sum));
        return counts;
    }

    /** Reads the file; an absent file is an empty census (null: no census at all). */
    public static ImportCensus read(Path file) {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        List<Gap> gaps = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                String rest = f.length > 1 ? f[1] : "";
                int colon = rest.indexOf(':');
                gaps.add(colon < 0 ? new Gap(f[0], rest.trim(), "")
                        : new Gap(f[0], rest.substring(0, colon).trim(),
                                rest.substring(colon + 1).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ImportCensus(List.copyOf(gaps));
    }
}
