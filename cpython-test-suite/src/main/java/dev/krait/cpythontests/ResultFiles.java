package dev.krait.cpythontests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a run's results for the dashboards (JSON: per run the commit, JDK, CPython version and
 * date; per module its status; per test module, class, name, status, message and duration) and
 * for any CI (JUnit XML, one file per module).
 */
final class ResultFiles {
    private ResultFiles() {}

    /** Facts about the run that the JSON names. */
    record RunInfo(String interpreter, String commit, String jdk, String python, String date,
            String shard) {}

    static void writeJson(Path file, RunInfo info, List<ModuleResult> modules) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\n  \"interpreter\": ").append(FlatJson.quote(info.interpreter()))
                .append(",\n  \"commit\": ").append(FlatJson.quoteOrNull(info.commit()))
                .append(",\n  \"jdk\": ").append(FlatJson.quote(info.jdk()))
                .append(",\n  \"python\": ").append(FlatJson.quote(info.python()))
                .append(",\n  \"date\": ").append(FlatJson.quote(info.date()))
                .append(",\n  \"shard\": ").append(FlatJson.quoteOrNull(info.shard()))
                .append(",\n  \"modules\": [");
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
        sb.append("\n  ]\n}\n");
        write(file, sb.toString());
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
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
