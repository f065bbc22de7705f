package dev.krait.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliberate differences from CPython, read from {@code docs/DIFFERENCES.md} (its table: where,
 * CPython, Krait, why) and the known gaps below it (one {@code ###} section each), so that the
 * site's "Differences from CPython" page is generated from the one list the project keeps.
 * Cells keep their Markdown; the site renders the little of it they use (code spans).
 */
public record Differences(List<Row> deliberate, List<Gap> gaps) {

    /** One deliberate difference. */
    public record Row(String where, String cpython, String krait, String why) {}

    /** One known gap (not deliberate): its title and text. */
    public record Gap(String title, String text) {}

    /** Reads the file; an absent file has no differences. */
    public static Differences read(Path file) {
        List<Row> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        if (!Files.exists(file)) {
            return new Differences(rows, gaps);
        }
        try {
            boolean header = true;
            String title = null;
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (title == null && line.startsWith("|")) {
                    List<String> cells = cells(line);
                    if (header || cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                        header = false;
                        continue;
                    }
                    if (cells.size() >= 4) {
                        rows.add(new Row(cells.get(0), cells.get(1), cells.get(2),
                                cells.get(3)));
                    }
                } else if (line.startsWith("### ")) {
                    if (title != null) {
                        gaps.add(new Gap(title, text.toString().trim()));
                    }
                    title = line.substring(4).trim();
                    text.setLength(0);
                } else if (title != null && !line.startsWith("## ")) {
                    text.append(line).append('\n');
                }
            }
            if (title != null) {
                gaps.add(new Gap(title, text.toString().trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Differences(rows, gaps);
    }

    /** The cells of a Markdown table row, trimmed, with {@code \|} kept as a bar. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|' && !inCode) {
                out.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return out;
    }
}
