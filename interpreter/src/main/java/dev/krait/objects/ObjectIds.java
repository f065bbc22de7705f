package dev.krait.objects;

import java.lang.ref.ReferenceQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The numbers {@code id()} returns: CPython's are addresses, so two objects alive at once never
 * share one. The JVM moves objects and its identity hash codes collide, so Krait numbers an object
 * the first time its id is asked for and keeps the number, by identity and weakly, while the
 * object lives. Like addresses, the numbers are process-wide (every interpreter in the JVM draws
 * from one counter) and are multiples of 16 in the range where CPython's heap addresses lie.
 *
 * <p>CPython counterpart: Python/bltinmodule.c builtin_id ({@code PyLong_FromVoidPtr(v)}).
 */
final class ObjectIds {
    private ObjectIds() {}

    private static final ReferenceQueue<PyObject> DEAD = new ReferenceQueue<>();
    private static final ConcurrentHashMap<WeakIdentityKey, Long> IDS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(0x7f0000001000L >>> 4);

    /** The id of {@code o}, the same for as long as it lives and distinct from all others'. */
    static long of(PyObject o) {
        if (o instanceof Finalization.Instance fi) {
            return fi.id();
        }
        for (Object k; (k = DEAD.poll()) != null; ) {
            IDS.remove(k);
        }
        Long id = IDS.get(WeakIdentityKey.probe(o));
        if (id != null) {
            return id;
        }
        return IDS.computeIfAbsent(new WeakIdentityKey(o, DEAD), k -> next());
    }

    /** A number no object has had. */
    static long next() {
        return NEXT.getAndIncrement() << 4;
    }
}
