package dev.krait.objects;

import java.util.Queue;

/**
 * {@code __del__} for instances of classes that define it. CPython calls {@code __del__} when an
 * object's reference count reaches zero, or when its cycle collector finds the object
 * unreachable (PEP 442: once per object, and the object may be resurrected). Krait has no
 * reference counts: an instance of a class with {@code __del__} is made as an
 * {@link Instance}, whose JVM finalizer -- run once, when the collector finds the object
 * unreachable -- hands it to its interpreter's queue; the runtime then calls {@code __del__} on
 * a Python thread at a safe point, or in {@code gc.collect()}. The object is alive again while
 * its {@code __del__} runs, and stays alive if it stores itself somewhere, as in CPython.
 *
 * <p>The queue is the interpreter's, which lives in {@code dev.krait.runtime}; the runtime
 * installs the way to find it here when it starts (this package cannot see it), and before that
 * no instance is finalizable.
 *
 * <p>Builtin objects with a finalizer of their own (a suspended generator closes itself, a
 * coroutine never awaited warns) are {@link #watch watched} instead: a small {@link Guard}
 * that only the object refers to, whose JVM finalizer queues the object. The guard is made
 * when the object first needs finalizing (a generator at its first suspension), so that
 * objects that never do cost no finalizer.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code slot_tp_finalize},
 * Objects/object.c {@code PyObject_CallFinalizerFromDealloc}, Objects/genobject.c
 * {@code _PyGen_Finalize}.
 */
public final class Finalization {
    private Finalization() {}

    /** Finds the finalization queue of the running thread's interpreter. */
    public interface Queues {
        /** The queue, or null when no interpreter runs on this thread. */
        FinalizerQueue current();
    }

    private static volatile Queues queues = () -> null;

    private static volatile java.util.function.Consumer<PyObject> runner = obj -> {};

    /** Called once by the runtime. */
    public static void install(Queues q) {
        queues = q;
    }

    /** Called once by the runtime: what finalizes one object now, on a Python thread. */
    public static void installRunner(java.util.function.Consumer<PyObject> r) {
        runner = r;
    }

    /**
     * Finalizes {@code obj} now as if it had been collected, reporting errors as unraisable:
     * what {@code frame.clear()} does to a suspended generator's frame (CPython:
     * Objects/frameobject.c frame_clear calls {@code _PyGen_Finalize}).
     */
    public static void finalizeNow(PyObject obj) {
        runner.accept(obj);
    }

    /**
     * A new instance of {@code cls}, a class whose only builtin base is object: finalizable
     * when the class has a {@code __del__} (looked up when the instance is made, as CPython
     * fills tp_finalize when the class is made or its {@code __del__} assigned).
     */
    static PyBaseObject newInstance(PyType cls) {
        if (cls.lookupDel() != null) {
            FinalizerQueue q = queues.current();
            if (q != null) {
                Instance obj = new Instance(cls, q);
                q.remember(obj);
                return obj;
            }
        }
        return new PyBaseObject(cls);
    }

    /**
     * Makes {@code obj}, just made by a builtin {@code __new__} for a program's class (a
     * subclass of {@code tuple}, {@code dict}, {@code Exception}, ...), finalizable when that
     * class has a {@code __del__}: such an instance is of the builtin's own Java class, so it
     * cannot be an {@link Instance}; it carries a {@link SlotGuard} instead, past the end of its
     * {@code __slots__} values (the one field every object has room for and that nothing but
     * the object refers to). Instances of subclasses of {@code object} are made finalizable by
     * {@link #newInstance}; builtin types need nothing. Returns {@code obj}.
     */
    // CPython: Objects/typeobject.c type_new_set_attrs fills tp_finalize (slot_tp_finalize)
    // for any heap type with __del__, whatever its base
    public static PyObject watchInstance(PyObject obj) {
        PyType t = obj.type;
        if (t.isBuiltin() || obj instanceof Instance || guardOf(obj) != null
                || t.lookupDel() == null) {
            return obj;
        }
        FinalizerQueue q = queues.current();
        if (q == null) {
            return obj;
        }
        q.remember(obj);
        PyObject[] s = obj.slots;
        int n = Math.max(t.slotNames.length, s == null ? 0 : s.length);
        PyObject[] grown = s == null ? new PyObject[n + 1] : java.util.Arrays.copyOf(s, n + 1);
        grown[n] = new SlotGuard(obj, q);
        obj.slots = grown;
        return obj;
    }

    /**
     * Remembers {@code stream}, a builtin stream a program made, so that exit closes it if it
     * is still open, as CPython's teardown finalizes it (see {@link FinalizerQueue}).
     */
    public static void rememberForExit(PyObject stream) {
        FinalizerQueue q = queues.current();
        if (q != null) {
            q.remember(stream);
        }
    }

    private static SlotGuard guardOf(PyObject obj) {
        PyObject[] s = obj.slots;
        return s != null && s.length > 0 && s[s.length - 1] instanceof SlotGuard g ? g : null;
    }

    /**
     * The finalizer of an instance of a builtin's subclass (see {@link #watchInstance}): a
     * {@code PyObject} only so that it fits in the slots array; Python code never sees it
     * (slot descriptors read only the slots the class declares).
     */
    private static final class SlotGuard extends PyObject {
        private final PyObject obj;
        private final Queue<PyObject> queue;
        volatile boolean finalized;

        SlotGuard(PyObject obj, Queue<PyObject> queue) {
            super(PyType.OBJECT);
            this.obj = obj;
            this.queue = queue;
        }

        /** Runs on the JVM's finalizer thread, once: queues the object, as Guard does. */
        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            queue.add(obj);
        }
    }

    /** An instance whose finalizer queues it for its {@code __del__}. */
    static final class Instance extends PyBaseObject {
        private final Queue<PyObject> queue;
        /** Set once its finalizer has run ({@code gc.is_finalized}). */
        volatile boolean finalized;
        /**
         * Its {@code id()}, 0 until asked for. Kept here, not in {@link ObjectIds}' weak map:
         * the JVM clears weak references before the finalizer resurrects the object, and the
         * object must keep its id in {@code __del__} and after, as CPython's keeps its address.
         */
        private long id;

        synchronized long id() {
            if (id == 0) {
                id = ObjectIds.next();
            }
            return id;
        }

        Instance(PyType type, Queue<PyObject> queue) {
            super(type);
            this.queue = queue;
        }

        /**
         * Runs on the JVM's finalizer thread, where no Python code may run: only queues the
         * object (which makes it reachable again) for a Python thread to finalize.
         */
        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            queue.add(this);
        }
    }

    /**
     * What an object that needs no finalizer (or was not made on a Python thread) keeps in
     * place of a guard, so that it asks for one only once.
     */
    public static final Object NO_GUARD = new Object();

    /**
     * A guard that queues {@code obj} for finalization once the JVM finds it unreachable; the
     * object keeps it in a field (and nothing else may), which makes the guard unreachable
     * together with the object. {@link #NO_GUARD} when no interpreter runs on this thread.
     */
    public static Object watch(PyObject obj) {
        FinalizerQueue q = queues.current();
        return q == null ? NO_GUARD : new Guard(obj, q);
    }

    /**
     * {@link #watch} for an object whose finalizer runs Python code (a suspended generator's
     * {@code finally}, a coroutine's never-awaited warning): also remembered for exit, which
     * finalizes it if it is still alive then, as CPython's teardown of the modules does.
     */
    public static Object watchUntilExit(PyObject obj) {
        FinalizerQueue q = queues.current();
        if (q == null) {
            return NO_GUARD;
        }
        q.remember(obj);
        return new Guard(obj, q);
    }

    /**
     * Disarms {@code guard} (from {@link #watch} or {@link #watchUntilExit}): its finalizer
     * will not queue its object. For an object whose finalization another one has taken over
     * (a stream wrapped by a buffered stream or a TextIOWrapper, which closes it in turn).
     */
    public static void release(Object guard) {
        if (guard instanceof Guard g) {
            g.released = true;
        }
    }

    /** The finalizer of a watched object (see {@link #watch}). */
    private static final class Guard {
        private final PyObject obj;
        private final Queue<PyObject> queue;
        /** Set by {@link #release}: the object is finalized by another's finalizer. */
        volatile boolean released;

        Guard(PyObject obj, Queue<PyObject> queue) {
            this.obj = obj;
            this.queue = queue;
        }

        /**
         * Runs on the JVM's finalizer thread: queues the object (reachable again through the
         * queue) for a Python thread to finalize. Runs once, so an object resurrected by its
         * finalization is not finalized again, as PEP 442 says.
         */
        @Override
        @SuppressWarnings({"removal", "deprecation"})
        protected void finalize() {
            if (!released) {
                queue.add(obj);
            }
        }
    }

    /**
     * Whether the collector has finalized {@code obj} (its {@code __del__} was called once it
     * became unreachable): such an object is not finalized again if resurrected.
     */
    // CPython: Modules/gcmodule.c gc_is_finalized (_PyGCHead_FINALIZED)
    public static boolean isFinalized(PyObject obj) {
        if (obj instanceof Instance i) {
            return i.finalized;
        }
        SlotGuard g = guardOf(obj);
        return g != null && g.finalized;
    }

    /**
     * Calls {@code obj.__del__()} for the collector; the caller reports an error as unraisable, naming
     * {@link #delMethod}. Does nothing when the class no longer has a {@code __del__}.
     */
    public static void callDel(PyObject obj) {
        if (obj instanceof Instance i) {
            i.finalized = true;
        } else if (guardOf(obj) instanceof SlotGuard g) {
            g.finalized = true;
        }
        PyObject del = obj.type.lookup("__del__");
        if (del != null) {
            Ops.callDescriptor(del, obj);
        }
    }

    /** The {@code __del__} an error is reported against (CPython names the function). */
    public static PyObject delMethod(PyObject obj) {
        PyObject del = obj.type.lookup("__del__");
        return del == null ? PyNone.NONE : del;
    }
}
