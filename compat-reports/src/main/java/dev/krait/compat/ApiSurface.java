package dev.krait.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The API-surface diff: for every stdlib module, the public names CPython's has that Krait's
 * lacks (and Krait's extras); for every builtin type, the attributes that differ. Both sides come
 * from one introspection script ({@code api_surface.py}) run in each interpreter by
 * {@link ApiSurfaceCommand}, whose outputs are cached in {@code compat-reports/api-surface/}
 * ({@code cpython.jsonl}, {@code krait.jsonl}) as the repo caches every CPython output.
 */
public record ApiSurface(Side cpython, Side krait) {

    /** One interpreter's answers: its description line and an entry per module and type. */
    public record Side(String interpreter, String commit, Map<String, Entry> entries) {}

    /** One module's or type's names, or the error that kept the script from reading them. */
    public record Entry(String kind, String name, List<String> names, String error) {}

    /** The difference for one module or type. */
    public record Diff(String kind, String name, String kraitError, int cpythonNames,
            List<String> missing, List<String> extra) {
        /** Whether Krait's surface is CPython's. */
        public boolean same() {
            return kraitError == null && missing.isEmpty() && extra.isEmpty();
        }
    }

    /** Reads the cached outputs in {@code dir}; null when either side is absent. */
    public static ApiSurface read(Path dir) {
        Path c = dir.resolve("cpython.jsonl");
        Path k = dir.resolve("krait.jsonl");
        if (!Files.exists(c) || !Files.exists(k)) {
            return null;
        }
        return new ApiSurface(readSide(c), readSide(k));
    }

    static Side readSide(Path file) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Entry> entries = new LinkedHashMap<>();
        String interpreter = "";
        String commit = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                if (o.has("interpreter")) {
                    interpreter = o.get("interpreter").asText();
                    commit = SuiteRun.text(o, "commit");
                    continue;
                }
                String kind = o.has("module") ? "module" : "type";
                String name = o.get(kind).asText();
                List<String> names = new ArrayList<>();
                o.path("names").forEach(n -> names.add(n.asText()));
                entries.put(kind + " " + name,
                        new Entry(kind, name, names, SuiteRun.text(o, "error")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Side(interpreter, commit, entries);
    }

    /** The diffs of every module or type ({@code kind}) that CPython could read, by name. */
    public List<Diff> diffs(String kind) {
        List<Diff> out = new ArrayList<>();
        for (Entry c : cpython.entries().values()) {
            if (c.kind().equals(kind) && c.error() == null) {
                out.add(diff(c, krait.entries().get(kind + " " + c.name())));
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** The diff of module {@code name}, or null when CPython's side lacks it. */
    public Diff module(String name) {
        return entry("module", name);
    }

    /** The diff of builtin type {@code name} ({@code int}, {@code list}…), or null. */
    public Diff type(String name) {
        return entry("type", name);
    }

    private Diff entry(String kind, String name) {
        Entry c = cpython.entries().get(kind + " " + name);
        return c == null || c.error() != null ? null
                : diff(c, krait.entries().get(kind + " " + name));
    }

    private static Diff diff(Entry c, Entry k) {
        if (k == null) {
            return new Diff(c.kind(), c.name(), "not probed", c.names().size(), c.names(),
                    List.of());
        }
        if (k.error() != null) {
            return new Diff(c.kind(), c.name(), k.error(), c.names().size(), c.names(),
                    List.of());
        }
        TreeSet<String> missing = new TreeSet<>(c.names());
        missing.removeAll(k.names());
        TreeSet<String> extra = new TreeSet<>(k.names());
        extra.removeAll(c.names());
        return new Diff(c.kind(), c.name(), null, c.names().size(), List.copyOf(missing),
                List.copyOf(extra));
    }
}
