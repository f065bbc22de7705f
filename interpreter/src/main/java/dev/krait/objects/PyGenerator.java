package dev.krait.objects;

/**
 * Python's {@code generator} and {@code coroutine}: a suspended function body driven by
 * {@code send}, {@code throw} and {@code close}. How the body suspends is the evaluator's
 * business ({@link Resumable}); this class keeps the protocol's rules: a just-started generator
 * takes only None, a running one cannot be re-entered, a finished one raises StopIteration, a
 * StopIteration escaping the body becomes RuntimeError (PEP 479), and close() insists the body
 * give up on GeneratorExit.
 *
 * <p>CPython counterpart: Objects/genobject.c.
 */
public final class PyGenerator extends PyObject
        implements Iteration.JavaIterator, Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("generator", PyGenerator.class, null);
    public static final PyType COROUTINE_TYPE =
            PyType.sharedLayout("coroutine", PyBaseObject.TYPE);

    /** The body of a generator, able to run until its next yield. */
    public interface Resumable {
        /**
         * Runs the body until it yields (returns the yielded value) or ends (returns null; the
         * return value is then {@link #returnValue()}). {@code thrown} non-null is raised at the
         * yield point instead of sending {@code sent}.
         */
        PyObject resume(PyObject sent, PyBaseException thrown);

        PyObject returnValue();

        /** The object a {@code yield from}/{@code await} is delegating to, or null. */
        PyObject delegate();

        /**
         * Whether closing the suspended body can run code a program sees ({@code finally},
         * {@code except}, {@code with}): only then does a generator collected while suspended
         * need closing (docs/DIFFERENCES.md).
         */
        default boolean mayRunCodeOnClose() {
            return true;
        }
    }

    private final Resumable body;
    public final PyFrame frame;
    private String name;
    private String qualname;
    /**
     * The str objects {@code __name__} and {@code __qualname__} return, made on the first read
     * (not for every generator): the same object on every read, as CPython's.
     */
    private PyStr nameObject;
    private PyStr qualnameObject;
    private boolean started;
    private boolean running;
    private boolean finished;
    private final boolean coroutine;
    /** {@code cr_origin}: where a coroutine was made, when origin tracking was on; else null. */
    private final PyObject origin;
    /**
     * What closes this generator once it is collected while suspended (see
     * {@link Finalization#watch}): null until it first suspends, when it gets one if its body
     * may run code on close; a coroutine gets one from birth, to warn if never awaited.
     */
    private Object guard;

    public PyGenerator(Resumable body, PyFrame frame, String name, String qualname,
            boolean coroutine) {
        super(TYPE);
        this.body = body;
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        this.coroutine = coroutine;
        this.origin = coroutine ? origin() : null;
        if (coroutine) {
            setType(COROUTINE_TYPE);
            guard = Finalization.watchUntilExit(this);
        } else if (!body.mayRunCodeOnClose()) {
            guard = Finalization.NO_GUARD;
        }
    }

    /**
     * The innermost {@code sys.get_coroutine_origin_tracking_depth()} frames of the code that
     * made the coroutine, as (filename, line, function name), innermost first; null when the
     * depth is 0.
     */
    // CPython: Objects/genobject.c compute_cr_origin
    private static PyObject origin() {
        dev.krait.runtime.ThreadState ts = dev.krait.runtime.ThreadState.current();
        int depth = ts == null ? 0 : ts.coroutineOriginDepth;
        if (depth == 0) {
            return null;
        }
        java.util.List<PyObject> frames = new java.util.ArrayList<>();
        for (PyFrame f = ts.frame; f != null && frames.size() < depth; f = f.back) {
            frames.add(PyTuple.of(PyStr.of(f.code.filename), PyInt.of(f.lineno),
                    PyStr.of(f.code.co_name())));
        }
        return PyTuple.of(frames.toArray(new PyObject[0]));
    }

    @Exposed.Getter("cr_origin")
    public PyObject cr_origin() {
        return origin == null ? PyNone.NONE : origin;
    }

    static {
        splitCoroutineType();
    }

    /**
     * Gives {@code coroutine} its methods and attributes: the shared ones, and the {@code cr_}
     * ones and {@code __await__}, which {@code generator} does not have (as in CPython, where
     * dir() of a generator shows only its {@code gi_} attributes).
     */
    private static void splitCoroutineType() {
        PyDict from = TYPE.getTypeDict();
        PyDict d = COROUTINE_TYPE.getTypeDict();
        d.setItem(PyStr.of("__repr__"), from.getItem(PyStr.of("__repr__")));
        // CPython: Objects/genobject.c coro_methods, coro_getsetlist -- the coroutine's own
        // methods and names, documented for coroutines
        for (String n : new String[] {"send", "throw", "close"}) {
            PyMethodDescriptor m = (PyMethodDescriptor) from.getItem(PyStr.of(n));
            d.setItem(PyStr.of(n), m.withOwner(COROUTINE_TYPE,
                    BuiltinDocs.method("coroutine." + n)));
        }
        d.setItem(PyStr.of("__name__"), ((PyGetSetDescriptor) from.getItem(
                PyStr.of("__name__"))).withOwner(COROUTINE_TYPE, "name of the coroutine"));
        d.setItem(PyStr.of("__qualname__"), ((PyGetSetDescriptor) from.getItem(
                PyStr.of("__qualname__"))).withOwner(COROUTINE_TYPE,
                "qualified name of the coroutine"));
        for (String n : new String[] {"__await__", "cr_frame", "cr_running", "cr_suspended",
            "cr_code", "cr_await", "cr_origin"}) {
            d.setItem(PyStr.of(n), from.getItem(PyStr.of(n)));
            from.delItem(PyStr.of(n));
        }
        TYPE.invalidateCaches();
        COROUTINE_TYPE.invalidateCaches();
    }

    private String kind() {
        return coroutine ? "coroutine" : "generator";
    }

    /**
     * send(value), or throw(thrown) when that is not null: the next yielded value, or null when
     * the generator finished (its return value is then {@link #returnValueOrNone()}).
     */
    public PyObject sendOrNull(PyObject value, PyBaseException thrown) {
        if (running) {
            throw PyExceptions.valueError(kind() + " already executing");
        }
        if (finished) {
            // CPython: Objects/genobject.c gen_send_ex2 -- a finished coroutine refuses a
            // throw() as it does a send() (close() never gets here)
            if (coroutine) {
                throw PyExceptions.runtimeError("cannot reuse already awaited coroutine");
            }
            if (thrown != null) {
                // restored as it is, not chained to the caller's handled exception
                thrown.tracebackFrame = null;
                thrown.thrownIn = true;
                throw thrown.raise();
            }
            return null;
        }
        if (!started && thrown == null && value != PyNone.NONE) {
            throw PyExceptions.typeError("can't send non-None value to a just-started "
                    + kind());
        }
        started = true;
        running = true;
        PyObject r;
        try {
            r = body.resume(value, thrown);
        } catch (PyException e) {
            finished = true;
            // PEP 479; StopAsyncIteration is converted only in async generators.
            if (e.matches(PyExceptions.StopIteration)) {
                PyBaseException wrapped = new PyBaseException(PyExceptions.RuntimeError,
                        PyTuple.of(PyStr.of(kind() + " raised " + e.pythonType().getName())));
                wrapped.cause = e.value;
                wrapped.context = e.value;
                wrapped.suppressContext = true;
                throw wrapped.raise();
            }
            throw e;
        } finally {
            running = false;
        }
        if (r == null) {
            finished = true;
            // CPython: Python/frame.c _PyFrame_Clear -- a generator that returned lets go of
            // its locals, so what they held can be collected while the generator lives on
            frame.clearLocals();
        } else if (guard == null) {
            guard = Finalization.watchUntilExit(this);
        }
        return r;
    }

    /** Whether the body has ended (returned or raised), or was closed before it started. */
    public boolean isFinished() {
        return finished;
    }

    /** A coroutine nobody started: collected so, it warns that it was never awaited. */
    // CPython: Objects/genobject.c _PyGen_Finalize (CO_COROUTINE and FRAME_CREATED)
    public boolean neverAwaited() {
        return coroutine && !started && !finished;
    }

    /** What the finished body returned (None when it returned nothing). */
    public PyObject returnValueOrNone() {
        PyObject rv = body.returnValue();
        return rv == null ? PyNone.NONE : rv;
    }

    private PyException stop() {
        PyObject rv = body.returnValue();
        if (rv == null || rv == PyNone.NONE) {
            return PyExceptions.stopIteration();
        }
        return PyExceptions.stopIteration(rv);
    }

    @Override
    public PyObject nextOrNull() {
        if (coroutine) {
            throw PyExceptions.typeError("'coroutine' object is not an iterator");
        }
        return sendOrNull(PyNone.NONE, null);
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        PyObject r = sendOrNull(PyNone.NONE, null);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return this;
    }

    @Exposed(value = "send($self, value, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject send(PyObject value) {
        PyObject r = sendOrNull(value, null);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    /** The exception that calling class {@code t} made, which must be one. */
    // CPython: Python/errors.c _PyErr_CreateException
    private static PyBaseException created(PyType t, PyObject made) {
        if (made instanceof PyBaseException b) {
            return b;
        }
        throw PyExceptions.typeError("calling " + Ops.repr(t).value() + " should have returned "
                + "an instance of BaseException, not " + made.type().getName());
    }

    @Exposed(value = "throw($self, typ, val=None, tb=None, /)", name = "throw",
            signature = Exposed.Signature.HIDDEN)
    public PyObject throw_(PyObject typ, PyObject val, PyObject tb) {
        if (tb != null && tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw PyExceptions.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        PyBaseException badException = null;
        if (typ instanceof PyType t && t.isExceptionType()) {
            // CPython: _gen_throw throws the error of instantiating the class into the body
            try {
                if (val instanceof PyBaseException given && given.type().isSubtypeOf(t)) {
                    e = given;
                } else if (val == null || val == PyNone.NONE) {
                    e = created(t, Ops.call(t));
                } else if (val instanceof PyTuple args) {
                    e = created(t, Ops.call(t, args.items(), null));
                } else {
                    e = created(t, Ops.call(t, val));
                }
            } catch (PyException failed) {
                e = null;
                badException = failed.value;
            }
        } else if (typ instanceof PyBaseException given) {
            if (val != null && val != PyNone.NONE) {
                throw PyExceptions.typeError("instance exception may not have a separate value");
            }
            e = given;
        } else {
            throw PyExceptions.typeError("exceptions must be classes or instances deriving from "
                    + "BaseException, not " + typ.type().getName());
        }
        if (e == null) {
            e = badException;
        } else if (tb != null && tb != PyNone.NONE) {
            e.setTraceback(tb);
        }
        PyObject r = sendOrNull(PyNone.NONE, e);
        if (r == null) {
            throw stop();
        }
        return r;
    }

    /** Whether the body has been entered (a generator nobody has run can have no other user). */
    public boolean isStarted() {
        return started;
    }

    @Exposed(value = "close($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject close() {
        if (finished || !started) {
            finished = true;
            return PyNone.NONE;
        }
        PyBaseException exit = new PyBaseException(PyExceptions.GeneratorExit, PyTuple.EMPTY);
        PyObject r;
        try {
            r = sendOrNull(PyNone.NONE, exit);
        } catch (PyException e) {
            if (e.matches(PyExceptions.GeneratorExit) || e.matches(PyExceptions.StopIteration)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (r != null) {
            throw PyExceptions.runtimeError(kind() + " ignored GeneratorExit");
        }
        return PyNone.NONE;
    }

    /** A coroutine's (only coroutines have it): an iterator over the coroutine. */
    // CPython: Objects/genobject.c coro_await
    @Exposed("__await__($self, /)")
    public PyObject __await__() {
        return new PyCoroWrapper(this);
    }

    @Exposed.Getter("gi_frame")
    public PyObject gi_frame() {
        return finished ? PyNone.NONE : frame.expose();
    }

    @Exposed.Getter("cr_frame")
    public PyObject cr_frame() {
        return gi_frame();
    }

    @Exposed.Getter("gi_running")
    public boolean gi_running() {
        return running;
    }

    @Exposed.Getter("cr_running")
    public boolean cr_running() {
        return running;
    }

    /** Paused at a yield: started, not running, not finished (new in 3.11). */
    // CPython: Objects/genobject.c gen_getsuspended (FRAME_SUSPENDED)
    @Exposed.Getter("gi_suspended")
    public boolean gi_suspended() {
        return started && !running && !finished;
    }

    @Exposed.Getter("cr_suspended")
    public boolean cr_suspended() {
        return gi_suspended();
    }

    /**
     * Whether {@code await} takes this object as it is: a coroutine, or a generator whose code
     * {@code types.coroutine} marked CO_ITERABLE_COROUTINE (CPython: _PyCoro_GetAwaitableIter).
     */
    public boolean isAwaitableAsIs() {
        return type() == COROUTINE_TYPE || type() == TYPE
                && (frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    /**
     * What awaiting {@code o} steps: {@code o} itself when it is a coroutine or a generator that
     * {@code types.coroutine} marked, else the iterator its {@code __await__} returns, which must
     * be neither of those (PEP 492) and must be an iterator; null when {@code o} has no
     * {@code __await__} (the caller words that error: {@code await} and {@code async with} say
     * it differently).
     */
    // CPython: Objects/genobject.c _PyCoro_GetAwaitableIter
    public static PyObject awaitableIterOrNull(PyObject o) {
        if (o instanceof PyGenerator gen && gen.isAwaitableAsIs()) {
            return gen;
        }
        PyObject m = o.type().lookup("__await__");
        if (m == null) {
            return null;
        }
        PyObject it = Ops.callDescriptor(m, o);
        if (it instanceof PyGenerator g && g.isAwaitableAsIs()) {
            throw PyExceptions.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup("__next__") == null) {
            throw PyExceptions.typeError("__await__() returned non-iterator of type '"
                    + it.type().getName() + "'");
        }
        return it;
    }

    /** The error of awaiting an object without {@code __await__}. */
    public static PyException notAwaitable(PyObject o) {
        return PyExceptions.typeError("object " + o.type().getName()
                + " can't be used in 'await' expression");
    }

    @Exposed.Getter("gi_code")
    public PyObject gi_code() {
        return frame.code;
    }

    @Exposed.Getter("cr_code")
    public PyObject cr_code() {
        return frame.code;
    }

    /** The delegate of a suspended yield from; a running generator shows none. */
    // CPython: Objects/genobject.c _PyGen_yf (the next instruction must be the RESUME)
    @Exposed.Getter(value = "gi_yieldfrom", doc = "object being iterated by yield from, or None")
    public PyObject gi_yieldfrom() {
        PyObject d = running ? null : body.delegate();
        return d == null ? PyNone.NONE : d;
    }

    @Exposed.Getter(value = "cr_await", doc = "object being awaited on, or None")
    public PyObject cr_await() {
        return gi_yieldfrom();
    }

    @Exposed.Getter(value = "__name__", doc = "name of the generator")
    public PyObject getName() {
        PyStr s = nameObject;
        if (s == null) {
            s = PyStr.of(name);
            nameObject = s;
        }
        return s;
    }

    // CPython: Objects/genobject.c gen_set_name
    @Exposed.Setter(value = "__name__", deletes = true)
    public void setName(PyObject v) {
        name = nameValue(v, "__name__");
        nameObject = (PyStr) v;
    }

    /** The qualified name, for messages. */
    public String qualname() {
        return qualname;
    }

    @Exposed.Getter(value = "__qualname__", doc = "qualified name of the generator")
    public PyObject getQualname() {
        PyStr s = qualnameObject;
        if (s == null) {
            s = PyStr.of(qualname);
            qualnameObject = s;
        }
        return s;
    }

    @Exposed.Setter(value = "__qualname__", deletes = true)
    public void setQualname(PyObject v) {
        qualname = nameValue(v, "__qualname__");
        qualnameObject = (PyStr) v;
    }

    /** A new {@code __name__} or {@code __qualname__}: a str (deleting one is refused). */
    static String nameValue(PyObject v, String attribute) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError(attribute + " must be set to a string object");
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<" + kind() + " object " + qualname + " at " + Ops.addressOf(this) + ">";
    }
}
