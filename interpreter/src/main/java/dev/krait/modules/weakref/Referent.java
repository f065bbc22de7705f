package dev.krait.modules.weakref;

import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.SafePoints;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * One object that has weak references, seen from the JVM: a single Java weak reference to it,
 * and the list of Python weak references made to it (held weakly, since a weakref object that
 * nobody uses dies, and then its callback is never called, as in CPython). The list keeps
 * CPython's order — the basic ref, the basic proxy, then the others newest first — which
 * {@code getweakrefs} shows and in which the callbacks run.
 *
 * <p>When the JVM collects the object, this reference lands on the interpreter's reference
 * queue and {@link #cleanUp} calls the callbacks under the GIL.
 *
 * <p>CPython counterpart: the {@code tp_weaklistoffset} list of Objects/weakrefobject.c and
 * {@code PyObject_ClearWeakRefs}.
 */
final class Referent extends WeakReference<PyObject> implements SafePoints.Cleanup {
    final int identity;
    /** Creation order: {@code gc.collect()} runs the callbacks of the dead in this order. */
    final long serial;
    /** The next record in the registry's bucket. */
    Referent next;
    private final List<WeakReference<PyWeakref>> refs = new ArrayList<>(2);
    private final WeakRegistry registry;
    private boolean cleaned;

    Referent(PyObject referent, Interpreter interpreter, WeakRegistry registry, long serial) {
        super(referent, interpreter.referenceQueue());
        this.serial = serial;
        this.identity = System.identityHashCode(referent);
        this.registry = registry;
    }

    /** The live weakref objects to the referent, in CPython's list order. */
    synchronized List<PyWeakref> live() {
        List<PyWeakref> out = new ArrayList<>(refs.size());
        refs.removeIf(r -> {
            PyWeakref w = r.get();
            if (w == null) {
                return true;
            }
            out.add(w);
            return false;
        });
        return out;
    }

    /** The basic (callback-free, exact-type) ref or proxy to reuse, or null. */
    synchronized PyWeakref basic(boolean proxy) {
        for (WeakReference<PyWeakref> r : refs) {
            PyWeakref w = r.get();
            if (w != null && w.isBasic() && (w instanceof PyWeakProxy) == proxy) {
                return w;
            }
        }
        return null;
    }

    /**
     * Adds {@code w} where CPython's {@code weakref___new__} / {@code PyWeakref_NewProxy} put it:
     * a basic ref at the head, a basic proxy after the basic ref, others after the basic ones.
     */
    synchronized void add(PyWeakref w) {
        refs.removeIf(r -> r.get() == null);
        int at = 0;
        if (!(w.isBasic() && !(w instanceof PyWeakProxy))) {
            while (at < refs.size()) {
                PyWeakref first = refs.get(at).get();
                if (first != null && first.isBasic()
                        && !(w.isBasic() && first instanceof PyWeakProxy)) {
                    at++;
                } else {
                    break;
                }
            }
        }
        refs.add(at, new WeakReference<>(w));
    }

    /**
     * The referent is gone: forget it, and call the callback of each live weakref to it with
     * that weakref, newest first (CPython: Objects/weakrefobject.c PyObject_ClearWeakRefs,
     * handle_callback).
     */
    @Override
    public void cleanUp() {
        List<PyWeakref> targets;
        synchronized (this) {
            if (cleaned) {
                return;
            }
            cleaned = true;
            targets = live();
        }
        registry.forget(this);
        for (PyWeakref w : targets) {
            w.referentDied();
        }
    }
}
