package dev.krait.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code __slots__} values of instances whose Java class is not {@link PyBaseObject}
 * ({@code class _HashedSeq(list): __slots__ = 'hashvalue'}): CPython lays such slots out after
 * the builtin's fixed-size struct; Krait keeps them in this side table, keyed weakly by object
 * identity, so that the builtin classes carry no extra field for a rare case.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code type_new_descriptors} (slots after
 * {@code tp_basicsize}).
 */
final class ForeignSlots {
    private ForeignSlots() {}

    /** A weak reference compared by its referent's identity. */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> queue) {
            super(o, queue);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            PyObject referent = get();
            return other instanceof Key k && referent != null && referent == k.get();
        }
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    private static final Map<Key, PyObject[]> TABLE = new HashMap<>();

    /** The slot array of {@code obj}, made (of {@code size} entries) on first use. */
    static synchronized PyObject[] of(PyObject obj, int size) {
        for (Object stale = QUEUE.poll(); stale != null; stale = QUEUE.poll()) {
            TABLE.remove(stale);
        }
        Key probe = new Key(obj, null);
        PyObject[] slots = TABLE.get(probe);
        if (slots == null || slots.length < size) {
            PyObject[] grown = new PyObject[size];
            if (slots != null) {
                System.arraycopy(slots, 0, grown, 0, slots.length);
            }
            slots = grown;
            TABLE.put(new Key(obj, QUEUE), slots);
        }
        return slots;
    }
}
