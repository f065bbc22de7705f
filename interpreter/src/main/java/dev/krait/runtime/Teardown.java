package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * What exit does to the objects still alive once the program and its exit hooks are done:
 * CPython's teardown of the modules makes them garbage, so their {@code __del__} runs and
 * their files are closed; a JVM would exit without finalizing anything still reachable.
 * {@link MainRunner} calls {@link #finalizeAll} between the last flushes of the standard
 * streams.
 *
 * <p>CPython counterpart: Python/pylifecycle.c {@code finalize_modules}.
 */
final class Teardown {
    private Teardown() {}

    /**
     * At exit, after the exit hooks: finalizes what is left of the instances with
     * {@code __del__}, the suspended generators and the streams the program made, as
     * CPython's teardown of the modules does (Python/pylifecycle.c finalize_modules: the
     * modules' objects become garbage and
     * are finalized in an order this follows for the common cases):
     * <ol>
     * <li>what the collector already found the program dropped;
     * <li>the objects a module global names directly, oldest first;
     * <li>the objects {@code __main__}'s globals hold (instance attributes, list, tuple, dict
     *     and set items, class attributes, a stream's buffer), each as a walk over them reaches
     *     it, as reference counting releases them: a TextIOWrapper before the GzipFile it
     *     writes to, a list's items last first;
     * <li>the rest, oldest first, each after those of them that refer to it;
     * <li>last, what only {@code sys} or {@code builtins} names, with no standard streams.
     * </ol>
     * The standard streams stay open; {@code open()}'s files are flushed after this. Programs
     * that made none of these objects pay nothing. Suspended generators are closed and
     * coroutines never awaited warn, as their collection would do. What the program dropped
     * but the collector has not found yet is finalized here rather than when it was dropped
     * (DIFFERENCES).
     */
    static void finalizeAll(Interpreter interpreter) {
        dev.krait.objects.FinalizerQueue queue = interpreter.finalizerQueue();
        if (!queue.hasRemembered()) {
            return;
        }
        interpreter.tearingDown = true;
        runPendingFinalizers();
        SafePoints.drainReferences(interpreter);
        java.util.Set<PyObject> standard = standardStreams(interpreter);
        java.util.List<PyObject> alive = queue.stillAlive();
        // site's .pth reader and every stream closed with `with` stay remembered until the
        // collector finds them; they need nothing, and most programs have nothing else
        alive.removeIf(o -> standard.contains(o) || isClosedStream(o)
                || o instanceof dev.krait.objects.PyGenerator g && g.isFinished());
        if (alive.isEmpty()) {
            return;
        }
        clearSpecialNames(interpreter);
        java.util.Set<PyObject> pending = identitySet();
        pending.addAll(alive);
        // what sys or builtins name goes last, as CPython wipes those two dicts last
        java.util.Set<PyObject> keptBySystem = identitySet();
        for (PyObject v : interpreter.sysModule().getDict().valueList()) {
            if (pending.remove(v)) {
                keptBySystem.add(v);
            }
        }
        for (PyObject v : interpreter.builtins().valueList()) {
            if (pending.remove(v)) {
                keptBySystem.add(v);
            }
        }
        java.util.List<dev.krait.objects.PyDict> globals = moduleGlobals(interpreter);
        java.util.Set<PyObject> named = identitySet();
        for (dev.krait.objects.PyDict g : globals) {
            for (PyObject v : g.valueList()) {
                if (pending.contains(v)) {
                    named.add(v);
                }
            }
        }
        for (PyObject obj : alive) {
            if (named.contains(obj) && pending.remove(obj)) {
                Finalizers.finalize(obj);
            }
        }
        // the walk covers __main__'s globals only: walking every library module's classes
        // costs tens of milliseconds, and what they hold goes with the rest below
        java.util.Set<PyObject> visited = identitySet();
        PyObject main = interpreter.modules().getItem(PyStr.of("__main__"));
        if (main instanceof dev.krait.objects.PyModule m) {
            for (PyObject v : m.getDict().valueList()) {
                release(v, pending, visited, 0);
            }
        }
        java.util.List<PyObject> last = new java.util.ArrayList<>(alive);
        last.removeIf(o -> !keptBySystem.contains(o));
        alive.removeIf(o -> !pending.contains(o));
        for (PyObject obj : exitOrder(alive)) {
            Finalizers.finalize(obj);
        }
        finalizeWithoutStreams(interpreter, last);
        SafePoints.drainReferences(interpreter);
    }

    /**
     * Finalizes {@code objects}, those only sys or builtins name, as CPython does when it wipes
     * those two dicts last: sys.stdout and sys.stderr are gone by then, so what their
     * finalizers print, and the errors they raise, are lost (test_sys's
     * test_sys_ignores_cleaning_up_user_data). The streams come back for exit's last flush.
     */
    // CPython: Python/pylifecycle.c finalize_clear_sys_builtins_dict
    private static void finalizeWithoutStreams(Interpreter interpreter,
            java.util.List<PyObject> objects) {
        if (objects.isEmpty()) {
            return;
        }
        dev.krait.objects.PyDict sys = interpreter.sysModule().getDict();
        PyStr[] names = {PyStr.of("stdout"), PyStr.of("stderr")};
        PyObject[] kept = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            kept[i] = sys.getItem(names[i]);
            sys.setItem(names[i], dev.krait.objects.PyNone.NONE);
        }
        try {
            for (PyObject obj : objects) {
                Finalizers.finalize(obj);
            }
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (kept[i] != null) {
                    sys.setItem(names[i], kept[i]);
                }
            }
        }
    }

    /**
     * What CPython's teardown does to {@code sys} and {@code builtins} before it finalizes the
     * modules' objects: the import system's and the prompt's attributes become None (so an
     * import of a module not yet imported fails in a {@code __del__} at exit, "sys.meta_path is
     * None, Python is likely shutting down"), and sys.stdin, stdout and stderr are the
     * original streams again. (CPython also empties sys.modules, so that every import fails
     * there; Krait keeps it for its own use at exit: DIFFERENCES.)
     */
    // CPython: Python/pylifecycle.c finalize_modules_delete_special
    private static void clearSpecialNames(Interpreter interpreter) {
        interpreter.builtins().setItem(PyStr.of("_"), dev.krait.objects.PyNone.NONE);
        dev.krait.objects.PyDict sys = interpreter.sysModule().getDict();
        for (String name : new String[] {"path", "argv", "ps1", "ps2", "last_type",
                "last_value", "last_traceback", "path_hooks", "path_importer_cache",
                "meta_path", "__interactivehook__"}) {
            sys.setItem(PyStr.of(name), dev.krait.objects.PyNone.NONE);
        }
        for (String name : new String[] {"stdin", "stdout", "stderr"}) {
            PyObject original = sys.getItem(PyStr.of("__" + name + "__"));
            sys.setItem(PyStr.of(name), original == null ? dev.krait.objects.PyNone.NONE
                    : original);
        }
    }

    /** Whether {@code obj} is a stream already closed. */
    private static boolean isClosedStream(PyObject obj) {
        if (!(obj instanceof dev.krait.modules.io.PyIOBase)) {
            return false;
        }
        try {
            PyObject closed = Attributes.lookupAttrOrNull(obj, "closed");
            return closed != null && dev.krait.objects.Ops.isTrue(closed);
        } catch (PyException e) {
            // a stream that cannot say is finalized, which reports nothing outside dev mode
            return false;
        }
    }

    private static <T> java.util.Set<T> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /** The namespaces of the modules in sys.modules, {@code __main__}'s first. */
    private static java.util.List<dev.krait.objects.PyDict> moduleGlobals(Interpreter interp) {
        java.util.List<dev.krait.objects.PyDict> out = new java.util.ArrayList<>();
        PyObject main = interp.modules().getItem(PyStr.of("__main__"));
        if (main instanceof dev.krait.objects.PyModule m) {
            out.add(m.getDict());
        }
        for (PyObject v : interp.modules().valueList()) {
            if (v instanceof dev.krait.objects.PyModule m && v != main) {
                out.add(m.getDict());
            }
        }
        return out;
    }

    /** How deep {@link #release} follows what objects hold. */
    private static final int RELEASE_DEPTH = 64;

    /**
     * Finalizes {@code v} if it is pending, then what it holds, in the order its deallocation
     * would release them in CPython (Objects/listobject.c list_dealloc goes from the last
     * item).
     */
    private static void release(PyObject v, java.util.Set<PyObject> pending,
            java.util.Set<PyObject> visited, int depth) {
        if (v == null || pending.isEmpty() || depth > RELEASE_DEPTH
                || v instanceof dev.krait.objects.PyModule
                || v instanceof PyStr || !visited.add(v)) {
            return;
        }
        if (pending.remove(v)) {
            Finalizers.finalize(v);
        }
        java.util.List<PyObject> held = heldBy(v);
        for (PyObject h : held) {
            release(h, pending, visited, depth + 1);
        }
    }

    /**
     * {@code objects} (oldest first) in the order CPython's teardown would finalize them: by
     * age, but each after those of them that hold it ({@link #heldThrough}), as reference
     * counting frees a holder first; in a cycle, the oldest first.
     */
    private static java.util.List<PyObject> exitOrder(java.util.List<PyObject> objects) {
        int n = objects.size();
        java.util.IdentityHashMap<PyObject, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(objects.get(i), i);
        }
        int[] referrers = new int[n];
        java.util.List<java.util.List<Integer>> refersTo = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.util.List<Integer> targets = new java.util.ArrayList<>();
            for (int j : heldThrough(objects.get(i), index)) {
                if (j != i && !targets.contains(j)) {
                    targets.add(j);
                    referrers[j]++;
                }
            }
            refersTo.add(targets);
        }
        java.util.List<PyObject> order = new java.util.ArrayList<>(n);
        boolean[] done = new boolean[n];
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (referrers[i] == 0) {
                ready.add(i);
            }
        }
        int next = 0;
        while (order.size() < n) {
            Integer i = ready.poll();
            if (i == null) {
                // a cycle: its oldest goes first, as the collector would find them
                while (done[next]) {
                    next++;
                }
                i = next;
            }
            if (done[i]) {
                continue;
            }
            done[i] = true;
            order.add(objects.get(i));
            for (int j : refersTo.get(i)) {
                if (--referrers[j] == 0 && !done[j]) {
                    ready.add(j);
                }
            }
        }
        return order;
    }

    /** How far {@link #heldThrough} looks from one object: the depth and the objects seen. */
    private static final int HOLD_DEPTH = 8;
    private static final int HOLD_SEEN = 2000;

    /**
     * The positions in {@code index} of the objects {@code root} holds, directly or through
     * objects not in it (an HTTPResponse's buffered reader over a socket's SocketIO), not
     * looking past those in it: what reference counting would free after {@code root}.
     */
    private static java.util.List<Integer> heldThrough(PyObject root,
            java.util.IdentityHashMap<PyObject, Integer> index) {
        java.util.List<Integer> found = new java.util.ArrayList<>();
        java.util.Set<PyObject> seen = identitySet();
        java.util.ArrayDeque<PyObject> objects = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        objects.push(root);
        depths.push(0);
        seen.add(root);
        while (!objects.isEmpty() && seen.size() < HOLD_SEEN) {
            PyObject obj = objects.pop();
            int depth = depths.pop();
            for (PyObject h : heldBy(obj)) {
                if (h == null || h instanceof dev.krait.objects.PyModule || !seen.add(h)) {
                    continue;
                }
                Integer j = index.get(h);
                if (j != null) {
                    found.add(j);
                } else if (depth + 1 < HOLD_DEPTH) {
                    objects.push(h);
                    depths.push(depth + 1);
                }
            }
        }
        return found;
    }

    /**
     * What {@code obj} holds, in the order its deallocation releases it: a list's or tuple's
     * items last first, a dict's values, a set's items, a class's attributes (of a program's
     * class), an instance's attributes and slots, a builtin stream's buffer or raw stream.
     */
    private static java.util.List<PyObject> heldBy(PyObject obj) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        if (obj instanceof dev.krait.objects.PyList l) {
            for (int i = l.items.size() - 1; i >= 0; i--) {
                out.add(l.items.get(i));
            }
            return out;
        }
        if (obj instanceof dev.krait.objects.PyTuple t) {
            PyObject[] items = t.items();
            for (int i = items.length - 1; i >= 0; i--) {
                out.add(items[i]);
            }
            return out;
        }
        if (obj instanceof dev.krait.objects.AnySet set) {
            out.addAll(java.util.Arrays.asList(set.toArray()));
            return out;
        }
        if (obj instanceof dev.krait.objects.PyType t) {
            if (!t.isBuiltin()) {
                out.addAll(t.getTypeDict().valueList());
            }
            return out;
        }
        if (obj instanceof dev.krait.objects.PyDict d) {
            out.addAll(d.valueList());
        }
        dev.krait.objects.PyDict dict = obj.existingDict();
        if (dict != null) {
            out.addAll(dict.valueList());
        }
        if (obj.slots != null) {
            for (PyObject v : obj.slots) {
                if (v != null) {
                    out.add(v);
                }
            }
        }
        if (obj instanceof dev.krait.modules.io.PyIOBase && obj.type().isBuiltin()) {
            for (String name : new String[] {"buffer", "raw"}) {
                try {
                    PyObject inner = Attributes.lookupAttrOrNull(obj, name);
                    if (inner != null) {
                        out.add(inner);
                    }
                } catch (PyException e) {
                    // detached or closed: it holds nothing
                }
            }
        }
        return out;
    }

    /**
     * sys.stdin/stdout/stderr, the originals ({@code sys.__stdout__}), and the buffered and
     * raw streams under them: exit leaves them open for its last flush.
     */
    private static java.util.Set<PyObject> standardStreams(Interpreter interpreter) {
        java.util.Set<PyObject> found =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String name : new String[] {"stdin", "stdout", "stderr", "__stdin__",
                "__stdout__", "__stderr__"}) {
            PyObject stream = interpreter.sysAttribute(name);
            for (int depth = 0; stream != null && stream != dev.krait.objects.PyNone.NONE
                    && depth < 3 && found.add(stream); depth++) {
                try {
                    stream = Attributes.lookupAttrOrNull(stream, depth == 0 ? "buffer" : "raw");
                } catch (PyException e) {
                    break;
                }
            }
        }
        return found;
    }

    /** Waits for the JVM's finalizer thread to queue what the last collection found. */
    @SuppressWarnings({"removal", "deprecation"})
    private static void runPendingFinalizers() {
        System.runFinalization();
    }
}
