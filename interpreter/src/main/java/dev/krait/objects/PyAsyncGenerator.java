package dev.krait.objects;

/**
 * Python's {@code async_generator} (PEP 525): an {@code async def} with {@code yield}. Its
 * {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose} return awaitables that run
 * the body until its next {@code yield} (the awaitable then finishes with that value, as
 * StopIteration) while passing the body's own awaits through to whoever drives them.
 *
 * <p>CPython counterpart: Objects/genobject.c ({@code async_gen_*},
 * {@code async_gen_asend_*}, {@code async_gen_athrow_*}).
 */
public final class PyAsyncGenerator extends PyObject implements Weakrefable {
    public static final PyType TYPE =
            PyType.builtinFinal("async_generator", PyAsyncGenerator.class, null);

    /** Marks a value the body yielded, as opposed to one its awaits pass through. */
    public static final class YieldedValue extends PyObject {
        final PyObject value;

        public YieldedValue(PyObject value) {
            super(PyNone.TYPE);
            this.value = value;
        }
    }

    final PyGenerator.Resumable body;
    public final PyFrame frame;
    private String name;
    private String qualname;
    /**
     * The str objects {@code __name__} and {@code __qualname__} return, made on the first read
     * (not for every generator): the same object on every read, as CPython's.
     */
    private PyStr nameObject;
    private PyStr qualnameObject;
    boolean started;
    boolean running;
    boolean finished;
    /** Set when an {@code aclose()} starts (CPython's ag_closed): no finalizer hook then. */
    boolean closing;
    /** What finalizes this generator once collected (see {@link Finalization#watch}). */
    private Object guard;
    /**
     * The running thread's {firstiter, finalizer} hooks ({@code sys.set_asyncgen_hooks}),
     * either null; installed by the runtime, which keeps them per thread as CPython does.
     */
    public static volatile java.util.function.Supplier<PyObject[]> hooks = () -> null;

    /** Whether the thread's asyncgen hooks were applied (on the first anext/asend/athrow). */
    private boolean hooksInited;
    /** The finalizer hook in force when this generator was first iterated, or null. */
    PyObject finalizer;

    public PyAsyncGenerator(PyGenerator.Resumable body, PyFrame frame, String name,
            String qualname) {
        super(TYPE);
        this.body = body;
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
    }

    /**
     * Runs the body one step; returns a value to pass outward (an await's), or throws
     * StopIteration(v) when the body yielded v, StopAsyncIteration when it ended.
     */
    PyObject step(PyObject sent, PyBaseException thrown) {
        if (running) {
            throw PyExceptions.runtimeError("anext(): asynchronous generator is already running");
        }
        if (finished) {
            if (thrown != null) {
                // restored as it is, not chained to the caller's handled exception
                thrown.tracebackFrame = null;
                thrown.thrownIn = true;
                throw thrown.raise();
            }
            throw new PyBaseException(PyExceptions.StopAsyncIteration, PyTuple.EMPTY).raise();
        }
        // CPython: Objects/genobject.c gen_send_ex2
        if (!started && thrown == null && sent != PyNone.NONE) {
            throw PyExceptions.typeError(
                    "can't send non-None value to a just-started async generator");
        }
        started = true;
        running = true;
        PyObject r;
        try {
            r = body.resume(sent, thrown);
        } catch (PyException e) {
            finished = true;
            if (e.matches(PyExceptions.StopIteration)
                    || e.matches(PyExceptions.StopAsyncIteration)) {
                PyBaseException wrapped = new PyBaseException(PyExceptions.RuntimeError,
                        PyTuple.of(PyStr.of("async generator raised "
                                + e.pythonType().getName())));
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
            throw new PyBaseException(PyExceptions.StopAsyncIteration, PyTuple.EMPTY).raise();
        }
        if (r instanceof YieldedValue y) {
            throw PyExceptions.stopIteration(y.value);
        }
        return r;
    }

    @Exposed("__aiter__($self, /)")
    public PyObject __aiter__() {
        return this;
    }

    /**
     * On first use, records the finalizer hook and calls the firstiter hook with this generator
     * (how asyncio's loop tracks async generators to close them at shutdown).
     */
    // CPython: Objects/genobject.c async_gen_init_hooks
    private void initHooks() {
        if (hooksInited) {
            return;
        }
        hooksInited = true;
        // first use is where a generator may start to need closing (CPython finalizes any)
        guard = Finalization.watchUntilExit(this);
        PyObject[] h = hooks.get();
        if (h == null) {
            return;
        }
        finalizer = h[1];
        if (h[0] != null) {
            Ops.call(h[0], this);
        }
    }

    /**
     * The finalizer hook to call with this generator now that it is collected, or null when
     * it needs none (finished, closed by aclose, or no hook was in force at its first use).
     */
    // CPython: Objects/genobject.c _PyGen_Finalize (ag_origin_or_finalizer, ag_closed)
    public PyObject finalizerHook() {
        return finished || closing ? null : finalizer;
    }

    /**
     * Closes the generator collected with no finalizer hook: GeneratorExit thrown in at its
     * suspension point must end it; a yield or an await there is an error.
     */
    // CPython: Objects/genobject.c gen_close, as _PyGen_Finalize runs it on an async generator
    public void closeOnCollection() {
        if (!started || finished) {
            finished = true;
            return;
        }
        try {
            step(PyNone.NONE, new PyBaseException(PyExceptions.GeneratorExit, PyTuple.EMPTY));
        } catch (PyException e) {
            if (e.matches(PyExceptions.GeneratorExit)
                    || e.matches(PyExceptions.StopAsyncIteration)) {
                return;
            }
            if (!e.matches(PyExceptions.StopIteration)) {
                throw e;
            }
        }
        throw PyExceptions.runtimeError("async generator ignored GeneratorExit");
    }

    @Exposed("__anext__($self, /)")
    public PyObject __anext__() {
        initHooks();
        return new PyAsyncGenAwaitable(this, PyNone.NONE, null, false);
    }

    @Exposed(value = "asend($self, value, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject asend(PyObject value) {
        initHooks();
        return new PyAsyncGenAwaitable(this, value, null, false);
    }

    @Exposed(value = "athrow($self, typ, val=None, tb=None, /)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject athrow(PyObject typ, PyObject val, PyObject tb) {
        initHooks();
        PyBaseException e;
        if (typ instanceof PyType t && t.isExceptionType()) {
            e = val instanceof PyBaseException given ? given : (PyBaseException) (val == null
                    || val == PyNone.NONE ? Ops.call(t) : Ops.call(t, val));
        } else if (typ instanceof PyBaseException given) {
            e = given;
        } else {
            throw PyExceptions.typeError("exceptions must be classes or instances deriving from "
                    + "BaseException, not " + typ.type().getName());
        }
        return new PyAsyncGenAwaitable(this, PyNone.NONE, e, false);
    }

    @Exposed(value = "aclose($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject aclose() {
        initHooks();
        return new PyAsyncGenAwaitable(this, PyNone.NONE,
                new PyBaseException(PyExceptions.GeneratorExit, PyTuple.EMPTY), true);
    }

    @Exposed.Getter("ag_frame")
    public PyObject ag_frame() {
        return finished ? PyNone.NONE : frame.expose();
    }

    @Exposed.Getter("ag_running")
    public boolean ag_running() {
        return running;
    }

    @Exposed.Getter("ag_code")
    public PyObject ag_code() {
        return frame.code;
    }

    @Exposed.Getter("__name__")
    public PyObject getName() {
        PyStr s = nameObject;
        if (s == null) {
            s = PyStr.of(name);
            nameObject = s;
        }
        return s;
    }

    // CPython: Objects/genobject.c gen_set_name (async_gen_getsetlist shares it)
    @Exposed.Setter(value = "__name__", deletes = true)
    public void setName(PyObject v) {
        name = PyGenerator.nameValue(v, "__name__");
        nameObject = (PyStr) v;
    }

    @Exposed.Getter("__qualname__")
    public PyObject getQualname() {
        PyStr s = qualnameObject;
        if (s == null) {
            s = PyStr.of(qualname);
            qualnameObject = s;
        }
        return s;
    }

    // CPython: Objects/genobject.c gen_set_qualname
    @Exposed.Setter(value = "__qualname__", deletes = true)
    public void setQualname(PyObject v) {
        qualname = PyGenerator.nameValue(v, "__qualname__");
        qualnameObject = (PyStr) v;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<async_generator object " + qualname + " at " + Ops.addressOf(this) + ">";
    }
}
