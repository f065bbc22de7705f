package dev.krait.cpythontests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a run's results for the dashboards (JSON: per run the commit, JDK, CPython version, date,
 * selection, shard and the shards merged into it; per module its status; per test module, class,
 * name, status, message and duration) and for any CI (JUnit XML, one file per module), and reads
 * the JSON back for {@code --merge} and the reports. A file named {@code *.gz} is gzipped. The
 * format is documented in docs/CPYTHON_TESTS.md; {@link #FORMAT} changes when it does.
 */
final class ResultFiles {
    private ResultFiles() {}

    /** The version of the JSON layout, written as {@code "format"}. */
    static final int FORMAT = 2;

    /**
     * Facts about the run that the JSON names. {@code selection} is how the modules were chosen
     * ({@code all}, {@code ci} or {@code modules}); {@code shard} is {@code I/N} for one shard of
     * a run, null otherwise; {@code merged} lists the shard files a merged result came from (empty
     * for a run).
     */
    record RunInfo(String interpreter, String commit, String jdk, String python, String date,
            String selection, String shard, List<Part> merged) {}

    /** One result file that went into a merged result. */
    record Part(String file, String shard, String date, String jdk, int modules) {}

    /** A result file as read back. */
    record Run(RunInfo info, List<ModuleResult> modules) {}

    static void writeJson(Path file, RunInfo info, List<ModuleResult> modules) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\n  \"format\": ").append(FORMAT)
                .append(",\n  \"interpreter\": ").append(FlatJson.quote(info.interpreter()))
                .append(",\n  \"commit\": ").append(FlatJson.quoteOrNull(info.commit()))
                .append(",\n  \"jdk\": ").append(FlatJson.quote(info.jdk()))
                .append(",\n  \"python\": ").append(FlatJson.quote(info.python()))
                .append(",\n  \"date\": ").append(FlatJson.quote(info.date()))
                .append(",\n  \"selection\": ").append(FlatJson.quote(info.selection()))
                .append(",\n  \"shard\": ").append(FlatJson.quoteOrNull(info.shard()))
                .append(",\n  \"merged\": [");
        for (int i = 0; i < info.merged().size(); i++) {
            Part p = info.merged().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"file\": ")
                    .append(FlatJson.quote(p.file())).append(", \"shard\": ")
                    .append(FlatJson.quoteOrNull(p.shard())).append(", \"date\": ")
                    .append(FlatJson.quote(p.date())).append(", \"jdk\": ")
                    .append(FlatJson.quote(p.jdk())).append(", \"modules\": ")
                    .append(p.modules()).append('}');
        }
        sb.append(info.merged().isEmpty() ? "]" : "\n  ]").append(",\n  \"modules\": [");
        for (int i = 0; i < modules.size(); i++) {
            ModuleResult m = modules.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"module\": ")
                    .append(FlatJson.quote(m.module())).append(", \"status\": ")
                    .append(FlatJson.quote(m.status())).append(", \"type\": ")
                    .append(FlatJson.quoteOrNull(m.type())).append(", \"message\": ")
                    .append(FlatJson.quoteOrNull(m.message())).append(", \"duration\": ")
                    .append(seconds(m.duration())).append(", \"tests\": [");
            for (int j = 0; j < m.tests().size(); j++) {
                TestResult t = m.tests().get(j);
                int dot = t.id().lastIndexOf('.');
                String cls = dot < 0 ? "" : t.id().substring(0, dot);
                String name = t.id().substring(dot + 1);
                sb.append(j == 0 ? "\n" : ",\n").append("      {\"class\": ")
                        .append(FlatJson.quote(cls)).append(", \"name\": ")
                        .append(FlatJson.quote(name)).append(", \"status\": ")
                        .append(FlatJson.quote(t.status().label())).append(", \"type\": ")
                        .append(FlatJson.quoteOrNull(t.type())).append(", \"message\": ")
                        .append(FlatJson.quoteOrNull(t.message())).append(", \"duration\": ")
                        .append(seconds(t.duration())).append('}');
            }
            sb.append(m.tests().isEmpty() ? "]}" : "\n    ]}");
        }
        sb.append(modules.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        write(file, sb.toString());
    }

    /** Reads a file {@link #writeJson} wrote (format 1, before shards and merges, too). */
    static Run readJson(Path file) {
        Object doc;
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw)
                        : raw) {
            doc = JsonReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> top) || !(top.get("modules") instanceof List<?> mods)) {
            throw new IllegalStateException(file + " is not a cpython-tests result file");
        }
        List<Part> merged = new ArrayList<>();
        if (top.get("merged") instanceof List<?> parts) {
            for (Object o : parts) {
                Map<?, ?> p = (Map<?, ?>) o;
                merged.add(new Part(text(p, "file"), text(p, "shard"), text(p, "date"),
                        text(p, "jdk"), (int) number(p, "modules")));
            }
        }
        String selection = text(top, "selection");
        RunInfo info = new RunInfo(text(top, "interpreter"), text(top, "commit"),
                text(top, "jdk"), text(top, "python"), text(top, "date"),
                selection == null ? "modules" : selection, text(top, "shard"), merged);
        List<ModuleResult> modules = new ArrayList<>();
        for (Object o : mods) {
            Map<?, ?> m = (Map<?, ?>) o;
            List<TestResult> tests = new ArrayList<>();
            String module = text(m, "module");
            for (Object t : (List<?>) m.get("tests")) {
                Map<?, ?> tm = (Map<?, ?>) t;
                String cls = text(tm, "class");
                String name = text(tm, "name");
                tests.add(new TestResult(cls.isEmpty() ? name : cls + "." + name,
                        TestStatus.of(text(tm, "status")), text(tm, "type"),
                        text(tm, "message"), number(tm, "duration")));
            }
            modules.add(new ModuleResult(module, text(m, "status"), text(m, "type"),
                    text(m, "message"), number(m, "duration"), List.copyOf(tests)));
        }
        return new Run(info, modules);
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString();
    }

    private static double number(Map<?, ?> map, String key) {
        return map.get(key) instanceof Double d ? d : 0.0;
    }

    static void writeJUnit(Path dir, List<ModuleResult> modules) {
        for (ModuleResult m : modules) {
            StringBuilder cases = new StringBuilder();
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            if (!m.completed() && !m.status().equals("skipped")) {
                errors++;
                cases.append("  <testcase classname=\"test.").append(xml(m.module()))
                        .append("\" name=\"&lt;module&gt;\" time=\"0\">\n    <error type=\"")
                        .append(xml(m.status())).append("\" message=\"")
                        .append(xml(String.valueOf(m.message()))).append("\"/>\n  </testcase>\n");
            }
            for (TestResult t : m.tests()) {
                int dot = t.id().lastIndexOf('.');
                cases.append("  <testcase classname=\"").append(xml(dot < 0 ? "" : t.id()
                        .substring(0, dot))).append("\" name=\"").append(xml(t.id()
                        .substring(dot + 1))).append("\" time=\"").append(seconds(t.duration()))
                        .append('"');
                String msg = xml((t.type() == null ? "" : t.type() + ": ")
                        + (t.message() == null ? "" : t.message()));
                switch (t.status()) {
                    case PASSED, EXPECTED_FAILURE -> cases.append("/>\n");
                    case SKIPPED -> {
                        skipped++;
                        cases.append(">\n    <skipped message=\"").append(msg)
                                .append("\"/>\n  </testcase>\n");
                    }
                    case FAILED -> {
                        failures++;
                        cases.append(">\n    <failure message=\"").append(msg)
                                .append("\"/>\n  </testcase>\n");
                    }
                    default -> {
                        errors++;
                        cases.append(">\n    <error type=\"").append(t.status().label())
                                .append("\" message=\"").append(msg)
                                .append("\"/>\n  </testcase>\n");
                    }
                }
            }
            String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"test."
                    + xml(m.module()) + "\" tests=\"" + Math.max(1, m.tests().size())
                    + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\""
                    + skipped + "\" time=\"" + seconds(m.duration()) + "\">\n" + cases
                    + "</testsuite>\n";
            write(dir.resolve("TEST-test." + m.module() + ".xml"), doc);
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        sb.append(c);
                    } else {
                        sb.append(' ');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (file.toString().endsWith(".gz")) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 8);
                try (OutputStream gz = new GZIPOutputStream(buffer)) {
                    gz.write(bytes);
                }
                bytes = buffer.toByteArray();
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
