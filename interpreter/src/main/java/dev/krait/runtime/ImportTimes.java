package dev.krait.runtime;

import dev.krait.objects.PyObject;
import java.util.function.Function;

/**
 * {@code -X importtime}: each import's time written to the process's stderr as CPython writes
 * it -- microseconds without and with the imports nested in it, and the name indented by its
 * depth -- with a header line before the first.
 *
 * <p>CPython counterpart: Python/import.c {@code import_find_and_load}.
 */
final class ImportTimes {
    /** How deep the import being timed is nested. */
    private int level;
    /** The time spent so far in the imports nested in the current one. */
    private long nestedNanos;
    private boolean headerShown;

    /** Runs {@code load} on {@code name}, then writes its line. */
    PyObject time(String name, Function<String, PyObject> load) {
        if (!headerShown) {
            headerShown = true;
            System.err.println("import time: self [us] | cumulative | imported package");
        }
        long nestedBefore = nestedNanos;
        level++;
        nestedNanos = 0;
        long start = System.nanoTime();
        try {
            return load.apply(name);
        } finally {
            long total = System.nanoTime() - start;
            level--;
            System.err.printf("import time: %9d | %10d | %s%s%n",
                    ceilMicros(total - nestedNanos), ceilMicros(total), "  ".repeat(level),
                    name);
            nestedNanos = nestedBefore + total;
        }
    }

    private static long ceilMicros(long nanos) {
        return (nanos + 999) / 1000;
    }
}
