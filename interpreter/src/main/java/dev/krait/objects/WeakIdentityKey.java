package dev.krait.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A map key that stands for one Python object by identity without keeping it alive: equal to
 * another key only while both still refer to the same live object. Maps keyed by it drop an
 * entry when its key turns up on the reference queue given at construction. A key made with no
 * queue, or a {@link #probe}, serves only to look an entry up.
 *
 * <p>Used where CPython would key a table by the object's address (ids, per-object side data),
 * which the JVM cannot offer: it moves objects, and its identity hash codes collide.
 */
public final class WeakIdentityKey extends WeakReference<PyObject> {
    private final int hash;

    public WeakIdentityKey(PyObject o, ReferenceQueue<PyObject> queue) {
        super(o, queue);
        this.hash = System.identityHashCode(o);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        PyObject mine = get();
        if (other instanceof Probe p) {
            return mine != null && mine == p.object;
        }
        return other instanceof WeakIdentityKey k && mine != null && mine == k.get();
    }

    /**
     * A key to look {@code o}'s entry up with, equal to the entry's key while that refers to
     * {@code o}: an ordinary object rather than a new weak reference per lookup, which the
     * JIT cannot take apart and the collector must process.
     */
    public static Object probe(PyObject o) {
        return new Probe(o);
    }

    private static final class Probe {
        final PyObject object;
        final int hash;

        Probe(PyObject object) {
            this.object = object;
            this.hash = System.identityHashCode(object);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WeakIdentityKey k && k.get() == object
                    || other instanceof Probe p && p.object == object;
        }
    }
}
