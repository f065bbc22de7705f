package dev.krait.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;

/**
 * Collects the old generation whenever it has tripled since the last collection of it, as
 * CPython's collector runs its oldest generation when enough new objects survived (and its
 * reference counts free most objects at once). The JVM's collectors would rather grow the
 * heap than collect it: a program that builds a 30 MB list, drops it and builds the next one
 * has every list copied into the old generation (the nursery is far smaller, see
 * {@code bin/krait}), where the dead ones pile up until the heap reaches its maximum, a quarter
 * of the machine's memory. A loop of that kind reached 1.1 GB of resident memory and spent
 * as much CPU in page faults as in Python code; with this policy it stayed at 0.26 GB.
 *
 * <p>The old generation's usage threshold is set at {@link #GROWTH} times its live size after
 * each collection (at least {@link #FLOOR}); the JVM notices the crossing at the young
 * collection that promotes past it and tells a listener, which asks for a full collection. A
 * program that only grows pays a collection each time it triples, linear in what it
 * allocates. A factor of two cost json_roundtrip and sorting 5-15% more CPU in full
 * collections of data that was all alive; three left them within noise. Only the
 * process's own entry point installs it, after {@link #DELAY_MS}: a short run never loads the
 * management classes, and an embedding application keeps its own policy.
 */
public final class HeapGrowth {
    private HeapGrowth() {}

    /** The old generation's size below which it is left to grow. */
    private static final long FLOOR = 512L << 20;
    /** The old generation's growth, over its live size, that starts a collection of it. */
    private static final long GROWTH = 3;
    /** How long a process runs before the policy is installed. */
    private static final long DELAY_MS = 500;

    /** Installs the policy on a daemon thread after {@link #DELAY_MS}; returns at once. */
    public static void start() {
        Thread t = new Thread(HeapGrowth::install, "krait-heap-growth");
        t.setDaemon(true);
        t.start();
    }

    private static void install() {
        try {
            Thread.sleep(DELAY_MS);
            MemoryPoolMXBean old = null;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                // eden and survivor spaces support no usage threshold; the old generation does
                if (pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported()) {
                    old = pool;
                }
            }
            if (old == null) {
                return;
            }
            MemoryPoolMXBean watched = old;
            watched.setUsageThreshold(Math.max(FLOOR, GROWTH * watched.getUsage().getUsed()));
            NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
            emitter.addNotificationListener((notification, handback) -> {
                if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(
                        notification.getType())) {
                    System.gc();
                    watched.setUsageThreshold(Math.max(FLOOR,
                            GROWTH * watched.getUsage().getUsed()));
                }
            }, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // a JVM without the management API or its memory pools: the heap just grows
        }
    }
}
