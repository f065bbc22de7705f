package dev.krait.modules.asyncio;

import dev.krait.objects.PyObject;
import java.util.Queue;

/**
 * Gives a Future its {@code tp_finalize} without making every Future a JVM-finalizable object
 * (which would slow the collector for all of them): a future that may have something to report
 * when collected -- an exception nobody retrieved, a task destroyed while pending -- gets one of
 * these, reachable only from the future. When the future becomes unreachable, so does this
 * object; the JVM finalizes it, and it queues the future for its interpreter, which then calls
 * the future's {@code __del__} on a Python thread at a safe point, as for instances of classes
 * with {@code __del__} ({@link dev.krait.objects.Finalization}). It runs once, as PEP 442's
 * finalizers do.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c {@code FutureObj_finalize},
 * {@code TaskObj_finalize} called from their {@code tp_dealloc}.
 */
final class Finalizer {
    private final PyObject future;
    private final Queue<PyObject> queue;

    private Finalizer(PyObject future, Queue<PyObject> queue) {
        this.future = future;
        this.queue = queue;
    }

    /** A finalizer for {@code future}, or null when no interpreter runs on this thread. */
    static Finalizer register(PyObject future) {
        dev.krait.runtime.ThreadState ts = dev.krait.runtime.ThreadState.current();
        return ts == null ? null : new Finalizer(future, ts.interpreter.finalizerQueue());
    }

    /**
     * Runs on the JVM's finalizer thread, where no Python code may run: only queues the future
     * (which makes it reachable again).
     */
    @Override
    @SuppressWarnings({"removal", "deprecation"})
    protected void finalize() {
        queue.add(future);
    }
}
