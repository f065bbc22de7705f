package dev.krait.modules.multiprocessing;

import dev.krait.modules.posix.Libc;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An open {@code sem_t*}, closed once: by {@link #close}, or when no {@link PySemLock} refers to
 * it any more (CPython closes it in {@code semlock_dealloc}; Krait has no reference counts, so
 * a {@link Cleaner} does it after the collector finds the handle unreachable).
 *
 * <p>The handles open in the process are listed so that {@code SemLock._rebuild} given a
 * handle and no name (what a forked child does in CPython) can share one this process opened,
 * and refuse any other number instead of passing a wild pointer to the C library. The list is
 * per process, as the handles are: several interpreters in one JVM see the same semaphores.
 */
final class SemHandle {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final ConcurrentHashMap<Long, WeakReference<SemHandle>> LIVE =
            new ConcurrentHashMap<>();

    private final long address;
    private final Cleaner.Cleanable cleanable;

    private SemHandle(long address) {
        this.address = address;
        LIVE.put(address, new WeakReference<>(this));
        cleanable = CLEANER.register(this, () -> release(address));
    }

    /** A new semaphore of initial value {@code value}; the name must not exist yet. */
    static SemHandle create(byte[] name, int value) {
        return new SemHandle(SemaphoreCalls.create(name, value));
    }

    /** The existing semaphore of that name. */
    static SemHandle open(byte[] name) {
        return new SemHandle(SemaphoreCalls.open(name));
    }

    /** The handle this process holds open at {@code address}, or null. */
    static SemHandle live(long address) {
        WeakReference<SemHandle> ref = LIVE.get(address);
        return ref == null ? null : ref.get();
    }

    long address() {
        return address;
    }

    /** Closes the semaphore now (after a failed set-up). */
    void close() {
        cleanable.clean();
    }

    /** Runs once, on close or in the cleaner's thread: must not refer to the handle object. */
    private static void release(long address) {
        LIVE.remove(address);
        try {
            SemaphoreCalls.close(address);
        } catch (Libc.Failure | IllegalStateException e) {
            // Nobody is left to tell: CPython ignores sem_close's result too.
        }
    }
}
