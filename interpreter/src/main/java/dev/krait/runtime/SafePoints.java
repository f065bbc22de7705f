package dev.krait.runtime;

import dev.krait.objects.PyException;
import java.lang.ref.Reference;

/**
 * The work a Python thread does now and then between two steps of a program, where the
 * evaluator's own state is consistent: let another thread have the {@link Gil}, and run the
 * callbacks of weak references whose referents the JVM has collected. CPython does the same
 * things when its "eval breaker" is set ({@code _Py_HandlePending}: pending calls, GIL drop
 * requests, async exceptions).
 *
 * <p>Callbacks run on the Python thread that reaches the safe point, never on the JVM's
 * reference-handler thread: Python code must run under the GIL, with a thread state.
 *
 * <p>CPython counterpart: Python/ceval.c {@code _Py_HandlePending}, {@code make_pending_calls}.
 */
public final class SafePoints {
    private SafePoints() {}

    /**
     * A reference on the interpreter's {@link Interpreter#referenceQueue()} that has work to do
     * once its referent is gone (a weakref's callback).
     */
    public interface Cleanup {
        /** Runs the work; called once, under the GIL. Errors are reported as unraisable. */
        void cleanUp();
    }

    /** Called by {@link ThreadState#tick} every {@link ThreadState#TICK_INTERVAL} ticks. */
    static void run(ThreadState ts) {
        if (ts.inSafePoint) {
            return;
        }
        ts.inSafePoint = true;
        try {
            drainReferences(ts.interpreter);
            ts.interpreter.gil().yieldIfWanted();
        } finally {
            ts.inSafePoint = false;
        }
    }

    /**
     * Runs the cleanups of every reference the JVM has enqueued so far. {@code gc.collect()}
     * calls it after a collection; the safe points call it in passing.
     */
    public static void drainReferences(Interpreter interpreter) {
        Reference<?> r;
        while ((r = interpreter.referenceQueue().poll()) != null) {
            if (r instanceof Cleanup c) {
                runCleanup(c);
            }
        }
        runFinalizers(interpreter);
    }

    /**
     * Finalizes each object its JVM finalizer queued ({@code __del__}, or closing a generator:
     * {@link Finalizers}); an error in one is reported as unraisable, and the others still run.
     * The builtin streams of a batch go last: the collector finds a program's wrapper (a
     * {@code gzip.GzipFile}) unreachable together with the file under it, and the wrapper's
     * close still writes to that file, as it does in CPython, where the wrapper's reference
     * kept the file alive until then.
     */
    public static void runFinalizers(Interpreter interpreter) {
        dev.krait.objects.PyObject obj;
        java.util.List<dev.krait.objects.PyObject> streams = null;
        while ((obj = interpreter.finalizerQueue().poll()) != null) {
            if (obj instanceof dev.krait.modules.io.PyIOBase && obj.type().isBuiltin()) {
                if (streams == null) {
                    streams = new java.util.ArrayList<>();
                }
                streams.add(obj);
            } else {
                Finalizers.finalize(obj);
            }
        }
        if (streams != null) {
            for (dev.krait.objects.PyObject stream : streams) {
                Finalizers.finalize(stream);
            }
        }
    }

    /** Runs one cleanup, reporting a Python error in it as CPython reports callback errors. */
    public static void runCleanup(Cleanup c) {
        try {
            c.cleanUp();
        } catch (PyException e) {
            // A cleanup reports its own errors; one that escapes must not stop the program.
            Errors.writeUnraisable(dev.krait.objects.PyNone.NONE, e.value);
        }
    }
}
