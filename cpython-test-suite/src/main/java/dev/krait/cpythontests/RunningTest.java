package dev.krait.cpythontests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Watches a harness results file while a module runs, to tell which test is running and since
 * when: the per-test time limit. The harness writes a {@code start} line as a test begins and a
 * {@code test} line as it ends, each flushed at once, so a test is running while the file's last
 * line is its {@code start}. Reading the file from outside the interpreter means the limit holds
 * whatever the test does — a busy loop, a native call that blocks, a signal handler of its own —
 * because what stops an overrunning test is the runner killing its JVM, not the test's
 * cooperation.
 *
 * <p>The clock of a test starts when the runner first sees its {@code start} line (polled about
 * once a second), so a test gets at least its limit.
 */
final class RunningTest {
    private final Path results;
    private long size = -1;
    private String running;
    private long since;

    RunningTest(Path results) {
        this.results = results;
    }

    /**
     * The id of the test that has been running for longer than {@code limitNanos}, or null
     * (none running, or within its limit). Reads the file only when it has grown.
     */
    String overrun(long limitNanos) {
        long now = System.nanoTime();
        long length;
        try {
            length = Files.exists(results) ? Files.size(results) : 0;
        } catch (IOException e) {
            return null;
        }
        if (length != size) {
            size = length;
            String id = runningTest();
            if (id == null || !id.equals(running)) {
                running = id;
                since = now;
            }
        }
        return running != null && now - since > limitNanos ? running : null;
    }

    /** The id in the file's last line when that line is a {@code start}, else null. */
    private String runningTest() {
        List<String> lines;
        try {
            lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return running;
        }
        for (String line : lines.reversed()) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> record;
            try {
                record = FlatJson.parse(line);
            } catch (RuntimeException e) {
                // a line half written: the next look reads it whole
                return running;
            }
            return "start".equals(record.get("event")) ? record.get("id") : null;
        }
        return null;
    }

    /**
     * Where the overrunning test was when the harness's faulthandler dump (armed at the limit)
     * ran: the innermost frame ({@code file:line in function}) of the harness's thread, whose
     * identifier the harness writes on the dump's first line, or of the first thread dumped;
     * null when there is no dump.
     */
    static String whereStuck(Path dump) {
        List<String> lines;
        try {
            lines = Files.exists(dump) ? Files.readAllLines(dump, StandardCharsets.ISO_8859_1)
                    : List.of();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        String harness = lines.isEmpty() ? "" : lines.getFirst().replace("harness thread ", "");
        String first = null;
        boolean inHarness = false;
        for (String line : lines) {
            String s = line.strip();
            if (s.endsWith("(most recent call first):")) {
                inHarness = !harness.isEmpty() && s.contains(harness);
            } else if (s.startsWith("File \"")) {
                String frame = frame(s);
                if (inHarness) {
                    return frame;
                }
                if (first == null) {
                    first = frame;
                }
                inHarness = false;
            }
        }
        return first;
    }

    /**
     * {@code File "/usr/lib/python3.11/test/x.py", line 3 in f} → {@code x.py:3 in f}: the
     * file's name only, so that the message (which the expectations keep) does not depend on
     * where CPython is installed.
     */
    private static String frame(String line) {
        int close = line.indexOf('"', 6);
        if (close < 0) {
            return line;
        }
        String file = line.substring(6, close);
        return file.substring(file.lastIndexOf('/') + 1)
                + line.substring(close + 1).replace(", line ", ":");
    }
}
