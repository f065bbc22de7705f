package dev.krait.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Failing tests grouped by normalised cause, ranked by how many tests each cause holds back: the
 * list a contributor picks work from. Only tests that pass in CPython and not in Krait count.
 * Three causes are named exactly — a missing module, a missing name in a module, a missing
 * attribute of a type or module — because each is one piece of work; any other cause is the
 * exception type with its message's quoted names and numbers abstracted, so that
 * {@code 7 != 42} and {@code 1 != 2} fall together.
 */
public final class Clusters {
    /** One cause and the tests it holds back. */
    public record Cluster(String kind, String key, List<TestRef> tests,
            Map<String, Integer> byModule) {
        /** How many tests the cause holds back. */
        public int size() {
            return tests.size();
        }
    }

    /** A test of a cluster: its module, id and the message as it was. */
    public record TestRef(String module, String id, String cause) {}

    private static final Pattern NO_MODULE = Pattern.compile("No module named '([^']+)'");
    private static final Pattern CANNOT_IMPORT =
            Pattern.compile("cannot import name '([^']+)' from '([^']+)'");
    private static final Pattern OBJECT_NO_ATTRIBUTE =
            Pattern.compile("'([^']+)' object has no attribute '([^']+)'");
    private static final Pattern TYPE_NO_ATTRIBUTE =
            Pattern.compile("(type object|module) '([^']+)' has no attribute '([^']+)'");
    private static final Pattern SUBTEST_PREFIX =
            Pattern.compile("^(?:\\([^)]*\\)|\\[[^\\]]*\\]) ");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\b\\d+(\\.\\d+)?(e[-+]?\\d+)?\\b");
    private static final int KEY_LENGTH = 160;

    private Clusters() {}

    /** The clusters of {@code report}, largest first (ties by key). */
    public static List<Cluster> of(CompatReport report) {
        Map<String, List<TestRef>> groups = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ModuleRow m : report.modules()) {
            for (TestRow t : m.testRows()) {
                if (t.good() || !t.cpythonGood()) {
                    continue;
                }
                String[] kindKey = normalise(t.kraitStatus(), t.type(), t.message());
                String key = kindKey[0] + "\u0000" + kindKey[1];
                kinds.put(key, kindKey[0]);
                groups.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new TestRef(m.module(), t.id(), t.cause()));
            }
        }
        List<Cluster> out = new ArrayList<>();
        groups.forEach((key, tests) -> {
            Map<String, Integer> byModule = new LinkedHashMap<>();
            tests.forEach(t -> byModule.merge(t.module(), 1, Integer::sum));
            out.add(new Cluster(kinds.get(key), key.substring(key.indexOf('\u0000') + 1),
                    List.copyOf(tests), byModule));
        });
        out.sort((a, b) -> a.size() != b.size() ? b.size() - a.size()
                : a.key().compareTo(b.key()));
        return out;
    }

    /**
     * The cluster of a failure: {@code {kind, key}} with kind one of {@code missing module},
     * {@code missing name}, {@code missing attribute}, {@code skipped} (skipped in Krait, with
     * the skip's reason), {@code exception} or {@code status} (a test without a message: not
     * run, timed out, crashed).
     */
    public static String[] normalise(String status, String type, String message) {
        String text = message == null ? "" : SUBTEST_PREFIX.matcher(message).replaceFirst("");
        Matcher m = NO_MODULE.matcher(text);
        if (m.find()) {
            return new String[] {"missing module", m.group(1)};
        }
        m = CANNOT_IMPORT.matcher(text);
        if (m.find()) {
            return new String[] {"missing name", m.group(2) + "." + m.group(1)};
        }
        if ("AttributeError".equals(type)) {
            m = TYPE_NO_ATTRIBUTE.matcher(text);
            if (m.find()) {
                return new String[] {"missing attribute", m.group(2) + "." + m.group(3)};
            }
            m = OBJECT_NO_ATTRIBUTE.matcher(text);
            if (m.find()) {
                return new String[] {"missing attribute", m.group(1) + "." + m.group(2)};
            }
        }
        if (type == null && text.isEmpty()) {
            return new String[] {"status", status};
        }
        if ("skipped".equals(status)) {
            return new String[] {"skipped", text};
        }
        String abstracted = NUMBER.matcher(ADDRESS.matcher(QUOTED.matcher(text)
                .replaceAll("'…'")).replaceAll("0x…")).replaceAll("N");
        if (abstracted.length() > KEY_LENGTH) {
            abstracted = abstracted.substring(0, KEY_LENGTH) + "…";
        }
        // Without an exception type the runner's verdict (crashed, timed-out…) names the cause.
        return new String[] {type == null ? "status" : "exception",
                (type == null ? status : type) + (abstracted.isEmpty() ? "" : ": " + abstracted)};
    }
}
