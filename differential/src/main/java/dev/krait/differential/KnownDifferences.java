package dev.krait.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list of inputs on which Krait is known to differ from CPython, each with its reason: one
 * tab-separated file per corpus under {@code differential/known-differences/}, lines
 * {@code name<TAB>reason}, {@code #} comments and blank lines ignored. Tests read it to tell a
 * known difference from a new one, and fail when a listed input starts to match (so the list
 * only shrinks as Krait improves).
 */
public final class KnownDifferences {
    private final Path file;
    private final Map<String, String> reasons;

    private KnownDifferences(Path file, Map<String, String> reasons) {
        this.file = file;
        this.reasons = reasons;
    }

    /** Reads the list; a missing file is an empty list. */
    public static KnownDifferences load(Path file) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                int number = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                        throw new IllegalArgumentException(file + ":" + number
                                + ": expected 'name<TAB>reason'");
                    }
                    reasons.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownDifferences(file, Collections.unmodifiableMap(reasons));
    }

    public Path file() {
        return file;
    }

    /** The reason the input differs, or {@code null} when it is not listed. */
    public String reason(String name) {
        return reasons.get(name);
    }

    /** Every listed input with its reason, in file order. */
    public Map<String, String> entries() {
        return reasons;
    }

    /**
     * Rewrites the file to list exactly {@code open}, in that order: the leading {@code #}
     * lines are kept, a listed input keeps its reason, a new one gets {@code newReason}.
     */
    public void rewrite(Iterable<String> open, String newReason) {
        StringBuilder text = new StringBuilder();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#")) {
                        break;
                    }
                    text.append(line).append('\n');
                }
            }
            for (String name : open) {
                String reason = reasons.get(name);
                text.append(name).append('\t').append(reason != null ? reason : newReason)
                        .append('\n');
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
