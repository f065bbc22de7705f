package dev.krait.modules.compression;

import dev.krait.modules.posix.Libc;
import dev.krait.runtime.Gil;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A codec's stream struct ({@code lzma_stream}, {@code bz_stream}) in native memory of its own,
 * owned by one Python compressor or decompressor. The struct must stay at one address for the
 * stream's life (libbzip2 checks that its state points back at it), so it lives in a shared
 * arena of its own; when the owner becomes garbage, a {@link Cleaner} calls the library's end
 * function (which frees the codec's internal state) and closes the arena. CPython does the
 * same in the types' {@code tp_dealloc}; Krait has no reference counts, so it happens when the
 * JVM's collector finds the owner unreachable.
 *
 * <p>The stream also carries the owner's lock: CPython's {@code self->lock}, which serialises
 * the object's use by threads while the codec runs with the GIL released.
 */
public final class NativeStream {
    /** One cleaner thread for every codec stream in the JVM: freeing touches no Python state. */
    private static final Cleaner CLEANER = Cleaner.create();

    /** Inputs at least this long are coded with the GIL released, as CPython always does. */
    private static final int RELEASE_GIL_FROM = 8 * 1024;

    private final MemorySegment struct;
    private final Cleaner.Cleanable cleanable;
    private final ReentrantLock lock = new ReentrantLock();

    /**
     * A zeroed struct of {@code size} bytes for {@code owner}; {@code end} (a handle taking the
     * struct's address and returning an int or nothing) frees the codec's state at the end.
     */
    public NativeStream(Object owner, long size, MethodHandle end) {
        Arena arena = Arena.ofShared();
        struct = arena.allocate(size, 8);
        cleanable = CLEANER.register(owner, new Release(arena, struct, end));
    }

    /** The struct, for the library's calls and the field accessors. */
    public MemorySegment struct() {
        return struct;
    }

    /**
     * Frees the codec's state now (a re-initialised object drops its old stream), once no
     * other thread is using it; a call that still reaches it then fails cleanly, as the
     * struct's arena is closed.
     */
    public void release() {
        enter();
        try {
            cleanable.clean();
        } finally {
            exit();
        }
    }

    /** The clean-up action: it must not reach the owner, or the owner would never be freed. */
    private record Release(Arena arena, MemorySegment struct, MethodHandle end)
            implements Runnable {
        @Override
        public void run() {
            try {
                end.invoke(struct);
            } catch (Throwable t) {
                // Nothing to report to: the owner is gone. The memory is freed regardless.
            }
            arena.close();
        }
    }

    /**
     * Takes the owner's lock, waiting for it with the GIL released: the codec may be at work in
     * another thread that released the GIL. CPython: ACQUIRE_LOCK.
     */
    public void enter() {
        if (!lock.tryLock()) {
            Gil.allowThreads(() -> {
                lock.lock();
                return null;
            });
        }
    }

    /** Releases the owner's lock. CPython: RELEASE_LOCK. */
    public void exit() {
        lock.unlock();
    }

    /**
     * Runs one library call, which touches no Python object, with the GIL released when the
     * input is big enough for other threads to gain from it; a Java failure of the call itself
     * (never expected) surfaces as an internal error.
     */
    public static int call(long inputLength, NativeCall work) {
        Supplier<Integer> s = () -> {
            try {
                return work.run();
            } catch (Throwable t) {
                throw Libc.internal(t);
            }
        };
        return inputLength >= RELEASE_GIL_FROM ? Gil.allowThreads(s) : s.get();
    }

    /** A downcall returning the library's int status. */
    @FunctionalInterface
    public interface NativeCall {
        int run() throws Throwable;
    }
}
