package dev.krait.objects;

/**
 * Where {@code tracemalloc} learns of each Python object Krait makes: {@link PyObject}'s
 * constructor tells the installed listener about the new object while
 * {@code PyObject.traceAllocations} is true. Every allocation passes through that constructor,
 * so the check is one read of a plain static field and a branch: no volatile read, no call, no
 * allocation while tracing is off. The field is PyObject's own: a static of this class read
 * there cost int-heavy loops a fifth of their time (docs/PERFORMANCE.md). (A thread
 * running compiled code may see a change of the field a little late, which only moves where
 * tracing starts or stops by a few allocations.)
 *
 * <p>The listener lives in {@code dev.krait.modules.tracemalloc}, above this package, and
 * installs itself when tracing starts. It is told of an object whose subclass constructors have
 * not run yet, so it may keep the object but must not read its fields then.
 *
 * <p>CPython counterpart: the allocator hooks {@code PyMem_SetAllocator} that Modules/
 * _tracemalloc.c installs for the PYMEM_DOMAIN_OBJ and PYMEM_DOMAIN_MEM domains.
 */
public final class AllocationHook {
    private AllocationHook() {}

    private static java.util.function.Consumer<PyObject> listener;

    /** Installs the listener, or with null removes it: allocations are then not reported. */
    public static synchronized void install(java.util.function.Consumer<PyObject> l) {
        listener = l;
        PyObject.traceAllocations = l != null;
    }

    /** Reports a new object to the listener (the slow path of PyObject's constructor). */
    static void allocated(PyObject o) {
        java.util.function.Consumer<PyObject> l = listener;
        if (l != null) {
            l.accept(o);
        }
    }
}
