package dev.krait.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One interpreter's finalization state (see {@link Finalization}): the queue of objects whose
 * JVM finalizer ran and that wait for a Python thread to finalize them, and, in the order they
 * were made, the instances of classes with {@code __del__} (and the builtin streams a program
 * made) that may still be alive, so that exit can finalize what is left.
 *
 * <p>CPython finalizes nearly every object at exit: clearing the modules makes the program's
 * objects garbage, and its collector calls their {@code __del__} roughly in the order they were
 * made (Python/pylifecycle.c finalize_modules). A JVM exits without finalizing what is still
 * reachable, so exit asks this list instead ({@link #stillAlive}).
 */
public final class FinalizerQueue extends ConcurrentLinkedQueue<PyObject> {
    /**
     * The instances with {@code __del__} and the builtin streams a program made, weakly,
     * oldest first; cleared references are dropped now and then.
     */
    private final List<WeakReference<PyObject>> made = new ArrayList<>();
    /** The size of {@link #made} beyond which the cleared references are dropped. */
    private int purgeAt = 64;

    /**
     * Remembers {@code obj} for exit: an instance of a class with {@code __del__}, or a builtin
     * stream a program made.
     */
    synchronized void remember(PyObject obj) {
        if (made.size() >= purgeAt) {
            made.removeIf(r -> r.refersTo(null));
            // amortised: a purge costs the list's length, and comes after as many additions
            purgeAt = Math.max(64, made.size() * 2);
        }
        made.add(new WeakReference<>(obj));
    }

    /** Whether anything was remembered in this interpreter. */
    public synchronized boolean hasRemembered() {
        return !made.isEmpty();
    }


    /**
     * The remembered instances the collector has not finalized, oldest first: alive, or
     * unreachable but not yet found by the collector.
     */
    public synchronized List<PyObject> stillAlive() {
        List<PyObject> alive = new ArrayList<>();
        for (WeakReference<PyObject> r : made) {
            PyObject obj = r.get();
            if (obj != null && !Finalization.isFinalized(obj)) {
                alive.add(obj);
            }
        }
        return alive;
    }
}
