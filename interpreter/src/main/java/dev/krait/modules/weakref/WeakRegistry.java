package dev.krait.modules.weakref;

import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.SafePoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one interpreter that have weak references, by identity: CPython finds an
 * object's weakrefs through a field of the object; Krait keeps the few objects that have any in
 * this table instead, so that no Python object pays a field for it. Records leave the table
 * when their referent dies (their cleanup runs).
 */
final class WeakRegistry {
    private final Interpreter interpreter;
    private final Map<Integer, Referent> buckets = new HashMap<>();
    private long serials;

    WeakRegistry(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** This interpreter's registry. */
    static WeakRegistry of(Interpreter interpreter) {
        return interpreter.state(WeakRegistry.class, () -> new WeakRegistry(interpreter));
    }

    /** The record of {@code obj}, or null when it has no weak references. */
    synchronized Referent find(PyObject obj) {
        Referent r = buckets.get(System.identityHashCode(obj));
        while (r != null && !r.refersTo(obj)) {
            r = r.next;
        }
        return r;
    }

    /** The record of {@code obj}, made when it has none. */
    synchronized Referent findOrAdd(PyObject obj) {
        Referent r = find(obj);
        if (r == null) {
            r = new Referent(obj, interpreter, this, serials++);
            r.next = buckets.get(r.identity);
            buckets.put(r.identity, r);
        }
        return r;
    }

    /** Removes a record whose referent has died. */
    synchronized void forget(Referent dead) {
        Referent r = buckets.get(dead.identity);
        Referent prev = null;
        while (r != null && r != dead) {
            prev = r;
            r = r.next;
        }
        if (r == null) {
            return;
        }
        if (prev == null) {
            if (r.next == null) {
                buckets.remove(dead.identity);
            } else {
                buckets.put(dead.identity, r.next);
            }
        } else {
            prev.next = r.next;
        }
    }

    /**
     * After a full collection: runs the callbacks of every referent the collector has just
     * cleared, now rather than when the JVM's reference handler gets to enqueue them, so that
     * {@code del x; gc.collect()} sees its callbacks as in CPython.
     */
    void collectDead() {
        List<Referent> dead = new ArrayList<>();
        synchronized (this) {
            for (Referent r : buckets.values()) {
                for (; r != null; r = r.next) {
                    if (r.refersTo(null)) {
                        dead.add(r);
                    }
                }
            }
        }
        dead.sort(java.util.Comparator.comparingLong(r -> r.serial));
        for (Referent r : dead) {
            SafePoints.runCleanup(r);
        }
        SafePoints.drainReferences(interpreter);
    }
}
