package dev.krait.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which language area a test module belongs to (numbers, containers, syntax, …), so that the
 * overview can say which parts of the language work without listing 400 modules. The grouping is
 * data ({@code areas.tsv} beside this class); a module it does not name is standard library.
 */
public final class Areas {
    /** The area of every test module not named in the table. */
    public static final String STDLIB = "Standard library";

    private static final Map<String, String> AREA_OF = new HashMap<>();
    private static final List<String> ORDER = new ArrayList<>();

    static {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Areas.class.getResourceAsStream("areas.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                ORDER.add(f[0]);
                for (String module : f[1].trim().split("\\s+")) {
                    AREA_OF.putIfAbsent(module, f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ORDER.add(STDLIB);
    }

    private Areas() {}

    /** The area of test module {@code module} ({@code test_int} → Numbers). */
    public static String of(String module) {
        return AREA_OF.getOrDefault(module, STDLIB);
    }

    /** Every area, in the order the overview lists them. */
    public static List<String> all() {
        return List.copyOf(ORDER);
    }
}
