package dev.krait.modules.sqlite3;

import dev.krait.objects.Attributes;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Errors;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The C functions SQLite calls back into Python: user-defined functions, aggregates and window
 * functions, collations, the authorizer, the progress handler and the trace callback. Each is
 * one upcall stub per JVM onto a static method here; SQLite hands it back the "user data"
 * pointer it was registered with, which is a key into {@link #CONTEXTS} (what CPython's
 * {@code callback_context} holds: the Python callable and the module state).
 *
 * <p>No Java exception may unwind into C: every upcall catches everything, turns a Python
 * exception into what CPython reports (an SQLite error result, a denial, an abort), and prints
 * it when {@code enable_callback_tracebacks(True)} was called.
 *
 * <p>CPython counterpart: Modules/_sqlite/connection.c (func_callback, step_callback,
 * final_callback, value_callback, inverse_callback, collation_callback, authorizer_callback,
 * progress_callback, trace_callback, destructor_callback).
 */
final class Callbacks {
    private Callbacks() {}

    /** What one registration calls: CPython's {@code callback_context}. */
    record Context(PyObject callable, SqliteModule.State state) {}

    /**
     * The live contexts by key. A static registry is needed because a C callback can only be
     * given a number back; entries belong to no interpreter in particular and leave when SQLite
     * destroys the registration or the connection drops its hook.
     */
    private static final ConcurrentHashMap<Long, Context> CONTEXTS = new ConcurrentHashMap<>();
    /** Aggregate instances by the key stored in SQLite's per-call aggregate context. */
    private static final ConcurrentHashMap<Long, PyObject> AGGREGATES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(1);
    /** An exception a collation raised, re-raised by the statement's caller (CPython leaves it
     *  set on the thread state, where execute() finds it). */
    private static final ThreadLocal<PyException> PENDING = new ThreadLocal<>();

    static MemorySegment register(PyObject callable, SqliteModule.State st) {
        long key = NEXT.getAndIncrement();
        CONTEXTS.put(key, new Context(callable, st));
        return MemorySegment.ofAddress(key);
    }

    static void unregister(MemorySegment key) {
        if (key != null) {
            CONTEXTS.remove(key.address());
        }
    }

    /** Raises (and forgets) the exception a collation left on this thread, if any. */
    static void raisePending() {
        PyException e = PENDING.get();
        if (e != null) {
            PENDING.remove();
            throw e;
        }
    }

    static void clearPending() {
        PENDING.remove();
    }

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout P = ValueLayout.ADDRESS;

    static final MemorySegment FUNC = stub("func", null, P, I, P);
    static final MemorySegment STEP = stub("step", null, P, I, P);
    static final MemorySegment FINAL = stub("finalCallback", null, P);
    static final MemorySegment VALUE = stub("value", null, P);
    static final MemorySegment INVERSE = stub("inverse", null, P, I, P);
    static final MemorySegment DESTROY = stub("destroy", null, P);
    static final MemorySegment COLLATE = stub("collate", I, P, I, P, I, P);
    static final MemorySegment AUTHORIZE = stub("authorize", I, P, I, P, P, P, P);
    static final MemorySegment PROGRESS = stub("progress", I, P);
    static final MemorySegment TRACE = stub("trace", I, I, P, P, P);

    private static MemorySegment stub(String name, MemoryLayout ret, MemoryLayout... args) {
        FunctionDescriptor fd = ret == null ? FunctionDescriptor.ofVoid(args)
                : FunctionDescriptor.of(ret, args);
        try {
            var target = MethodHandles.lookup().findStatic(Callbacks.class, name,
                    fd.toMethodType());
            return Linker.nativeLinker().upcallStub(target, fd, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Context context(MemorySegment fnctx) {
        return CONTEXTS.get(SqliteFunctions.userData(fnctx).address());
    }

    /** CPython: connection.c print_or_clear_traceback. */
    private static void report(Context c, PyException e) {
        if (c != null && c.state.callbackTracebacks) {
            Errors.writeUnraisable(c.callable, e.value);
        }
    }

    /** A Java failure that is not a Python exception, as Krait reports internal errors. */
    private static PyException asPython(Throwable t) {
        if (t instanceof PyException p) {
            return p;
        }
        if (t instanceof StackOverflowError) {
            return PyExceptions.of(PyExceptions.RecursionError,
                    "maximum recursion depth exceeded");
        }
        return PyExceptions.of(PyExceptions.SystemError, "internal error in Krait: " + t);
    }

    /** CPython: connection.c set_sqlite_error. */
    private static void setError(MemorySegment fnctx, Context c, Throwable t, String msg) {
        PyException e = asPython(t);
        try {
            if (e.matches(PyExceptions.MemoryError)) {
                SqliteFunctions.resultErrorNomem(fnctx);
            } else if (e.matches(PyExceptions.OverflowError)) {
                SqliteFunctions.resultErrorToobig(fnctx);
            } else {
                SqliteFunctions.resultError(fnctx, msg);
            }
            report(c, e);
        } catch (Throwable ignored) {
            // nothing may unwind into SQLite
        }
    }

    // CPython: Modules/_sqlite/connection.c func_callback
    static void func(MemorySegment fnctx, int argc, MemorySegment argv) {
        Context c = null;
        try {
            c = context(fnctx);
            PyObject r = Ops.call(c.callable, Values.buildArgs(argc, argv));
            Values.setResult(c.state, fnctx, r);
        } catch (Throwable t) {
            setError(fnctx, c, t, "user-defined function raised exception");
        }
    }

    /** The key slot of this call's aggregate context (8 zeroed bytes at first). */
    private static MemorySegment aggregateSlot(MemorySegment fnctx, int size) {
        MemorySegment p = SqliteFunctions.aggregateContext(fnctx, size);
        return p.address() == 0 ? null : p.reinterpret(8);
    }

    // CPython: Modules/_sqlite/connection.c step_callback
    static void step(MemorySegment fnctx, int argc, MemorySegment argv) {
        Context c = null;
        String msg = "user-defined aggregate's '__init__' method raised error";
        try {
            c = context(fnctx);
            MemorySegment slot = aggregateSlot(fnctx, 8);
            long key = slot.get(ValueLayout.JAVA_LONG, 0);
            PyObject instance = key == 0 ? null : AGGREGATES.get(key);
            if (instance == null) {
                instance = Ops.call(c.callable);
                key = NEXT.getAndIncrement();
                AGGREGATES.put(key, instance);
                slot.set(ValueLayout.JAVA_LONG, 0, key);
            }
            msg = "user-defined aggregate's 'step' method not defined";
            PyObject stepMethod = Attributes.getAttr(instance, "step");
            msg = "user-defined aggregate's 'step' method raised error";
            Ops.call(stepMethod, Values.buildArgs(argc, argv));
        } catch (Throwable t) {
            setError(fnctx, c, t, msg);
        }
    }

    // CPython: Modules/_sqlite/connection.c final_callback
    static void finalCallback(MemorySegment fnctx) {
        Context c = null;
        try {
            c = context(fnctx);
            MemorySegment slot = aggregateSlot(fnctx, 0);
            if (slot == null) {
                return;
            }
            long key = slot.get(ValueLayout.JAVA_LONG, 0);
            PyObject instance = key == 0 ? null : AGGREGATES.remove(key);
            if (instance == null) {
                return;
            }
            try {
                Values.setResult(c.state, fnctx, Ops.callMethod(instance, "finalize"));
            } catch (Throwable t) {
                boolean attr = t instanceof PyException p
                        && p.matches(PyExceptions.AttributeError);
                setError(fnctx, c, t, attr
                        ? "user-defined aggregate's 'finalize' method not defined"
                        : "user-defined aggregate's 'finalize' method raised error");
            }
        } catch (Throwable t) {
            setError(fnctx, c, t, "user-defined aggregate's 'finalize' method raised error");
        }
    }

    /** The aggregate instance of a window function's running call. */
    private static PyObject windowInstance(MemorySegment fnctx) {
        MemorySegment slot = aggregateSlot(fnctx, 8);
        long key = slot == null ? 0 : slot.get(ValueLayout.JAVA_LONG, 0);
        PyObject instance = key == 0 ? null : AGGREGATES.get(key);
        if (instance == null) {
            throw PyExceptions.of(PyExceptions.SystemError, "no aggregate instance");
        }
        return instance;
    }

    // CPython: Modules/_sqlite/connection.c value_callback
    static void value(MemorySegment fnctx) {
        Context c = null;
        String msg = "user-defined aggregate's 'value' method raised error";
        try {
            c = context(fnctx);
            PyObject r;
            try {
                r = Ops.callMethod(windowInstance(fnctx), "value");
            } catch (PyException e) {
                if (e.matches(PyExceptions.AttributeError)) {
                    msg = "user-defined aggregate's 'value' method not defined";
                }
                throw e;
            }
            msg = "unable to set result from user-defined aggregate's 'value' method";
            Values.setResult(c.state, fnctx, r);
        } catch (Throwable t) {
            setError(fnctx, c, t, msg);
        }
    }

    // CPython: Modules/_sqlite/connection.c inverse_callback
    static void inverse(MemorySegment fnctx, int argc, MemorySegment argv) {
        Context c = null;
        String msg = "user-defined aggregate's 'inverse' method not defined";
        try {
            c = context(fnctx);
            PyObject method = Attributes.getAttr(windowInstance(fnctx), "inverse");
            msg = "unable to build arguments for user-defined aggregate's 'inverse' method";
            PyObject[] args = Values.buildArgs(argc, argv);
            msg = "user-defined aggregate's 'inverse' method raised error";
            Ops.call(method, args);
        } catch (Throwable t) {
            setError(fnctx, c, t, msg);
        }
    }

    // CPython: Modules/_sqlite/connection.c destructor_callback
    static void destroy(MemorySegment key) {
        try {
            CONTEXTS.remove(key.address());
        } catch (Throwable ignored) {
            // nothing may unwind into SQLite
        }
    }

    // CPython: Modules/_sqlite/connection.c collation_callback
    static int collate(MemorySegment key, int len1, MemorySegment p1, int len2,
            MemorySegment p2) {
        try {
            if (PENDING.get() != null) {
                return 0;
            }
            Context c = CONTEXTS.get(key.address());
            byte[] b1 = Sqlite.bytes(p1, len1);
            byte[] b2 = Sqlite.bytes(p2, len2);
            PyObject r = Ops.call(c.callable,
                    StrCodecs.decode(b1, 0, b1.length, StrCodecs.Codec.UTF8, "strict"),
                    StrCodecs.decode(b2, 0, b2.length, StrCodecs.Codec.UTF8, "strict"));
            if (!(r instanceof PyInt) && r.type().lookup("__index__") == null) {
                return 0;
            }
            BigInteger v = Numbers.index(r).bigValue();
            return v.signum();
        } catch (Throwable t) {
            PENDING.set(asPython(t));
            return 0;
        }
    }

    private static PyObject strOrNone(MemorySegment p) {
        String s = Sqlite.text(p);
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    // CPython: Modules/_sqlite/connection.c authorizer_callback
    static int authorize(MemorySegment key, int action, MemorySegment arg1, MemorySegment arg2,
            MemorySegment dbname, MemorySegment source) {
        Context c = null;
        try {
            c = CONTEXTS.get(key.address());
            PyObject r = Ops.call(c.callable, PyInt.of(action), strOrNone(arg1),
                    strOrNone(arg2), strOrNone(dbname), strOrNone(source));
            if (!(r instanceof PyInt i)) {
                return Sqlite.DENY;
            }
            return i.intValueExact("Python int too large to convert to C int");
        } catch (Throwable t) {
            report(c, asPython(t));
            return Sqlite.DENY;
        }
    }

    // CPython: Modules/_sqlite/connection.c progress_callback
    static int progress(MemorySegment key) {
        Context c = null;
        try {
            c = CONTEXTS.get(key.address());
            return Ops.isTrue(Ops.call(c.callable)) ? 1 : 0;
        } catch (Throwable t) {
            report(c, asPython(t));
            return -1;
        }
    }

    // CPython: Modules/_sqlite/connection.c trace_callback
    static int trace(int type, MemorySegment key, MemorySegment stmt, MemorySegment sql) {
        if (type != Sqlite.TRACE_STMT) {
            return 0;
        }
        Context c = null;
        try {
            c = CONTEXTS.get(key.address());
            MemorySegment expanded = Sqlite.expandedSql(stmt);
            String text;
            if (expanded.address() == 0) {
                report(c, SqliteErrors.error(c.state.dataError,
                        "Expanded SQL string exceeds the maximum string length"));
                text = Sqlite.text(sql);
            } else {
                text = Sqlite.text(expanded);
                Sqlite.free(expanded);
            }
            Ops.call(c.callable, PyStr.of(text));
        } catch (Throwable t) {
            report(c, asPython(t));
        }
        return 0;
    }
}
