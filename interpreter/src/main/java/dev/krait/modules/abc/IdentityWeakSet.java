package dev.krait.modules.abc;

import dev.krait.objects.PyObject;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of classes by identity that does not keep them alive: an ABC's registry and caches must
 * not stop a class from being collected. CPython keeps sets of weakrefs whose callbacks remove
 * the dead; here the JVM clears the references and the set drops them when it next changes.
 */
final class IdentityWeakSet {
    /** A member: a weak reference with its referent's identity hash kept for the table. */
    private static final class Key extends WeakReference<PyObject> {
        final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> queue) {
            super(o, queue);
            this.hash = System.identityHashCode(o);
        }
    }

    private final Map<Integer, List<Key>> buckets = new HashMap<>();
    private final ReferenceQueue<PyObject> dead = new ReferenceQueue<>();

    boolean contains(PyObject o) {
        List<Key> bucket = buckets.get(System.identityHashCode(o));
        if (bucket != null) {
            for (Key k : bucket) {
                if (k.refersTo(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    void add(PyObject o) {
        purge();
        if (contains(o)) {
            return;
        }
        Key k = new Key(o, dead);
        buckets.computeIfAbsent(k.hash, h -> new ArrayList<>(1)).add(k);
    }

    void clear() {
        buckets.clear();
    }

    /** The members still alive, in no particular order. */
    List<PyObject> members() {
        List<PyObject> out = new ArrayList<>();
        for (List<Key> bucket : buckets.values()) {
            for (Key k : bucket) {
                PyObject o = k.get();
                if (o != null) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    private void purge() {
        Reference<? extends PyObject> r;
        while ((r = dead.poll()) != null) {
            Key k = (Key) r;
            List<Key> bucket = buckets.get(k.hash);
            if (bucket != null) {
                bucket.remove(k);
                if (bucket.isEmpty()) {
                    buckets.remove(k.hash);
                }
            }
        }
    }
}
