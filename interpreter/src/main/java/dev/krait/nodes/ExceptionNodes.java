package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyMethodDescriptor;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Tracing;

/**
 * {@code raise}, {@code try}/{@code except}/{@code else}/{@code finally}, {@code assert} and
 * {@code with}. While an except clause runs, its exception is the thread's "handled" exception
 * ({@code sys.exc_info()}), which a bare {@code raise} re-raises and which becomes the
 * {@code __context__} of anything raised meanwhile.
 */
public final class ExceptionNodes {
    private ExceptionNodes() {}

    /** Makes the exception object a {@code raise} operand stands for (a class is called). */
    static PyBaseException instantiate(PyObject x) {
        if (x instanceof PyType t && t.isExceptionType()) {
            PyObject v = Ops.call(t);
            if (!(v instanceof PyBaseException e)) {
                // CPython: Python/ceval.c do_raise shows the type's repr
                throw PyExceptions.typeError("calling " + Ops.repr(t).value() + " should have "
                        + "returned an instance of BaseException, not "
                        + Ops.repr(v.type()).value());
            }
            return e;
        }
        if (x instanceof PyBaseException e) {
            return e;
        }
        throw PyExceptions.typeError("exceptions must derive from BaseException");
    }

    public static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        public Raise(ExprNode exc, ExprNode cause, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            if (exc == null) {
                ThreadState ts = ThreadState.current();
                PyBaseException handled = ts == null ? null : ts.handled;
                if (handled == null) {
                    throw trace(PyExceptions.runtimeError("No active exception to reraise"), f);
                }
                // CPython adds no traceback entry for this frame on a bare re-raise.
                handled.tracebackFrame = f;
                throw handled.raise();
            }
            PyBaseException e;
            try {
                e = instantiate(exc.eval(f));
                if (cause != null) {
                    PyObject c = cause.eval(f);
                    if (c == PyNone.NONE) {
                        e.cause = null;
                    } else if (c instanceof PyType ct && ct.isExceptionType()) {
                        e.cause = instantiate(ct);
                    } else if (c instanceof PyBaseException ce) {
                        e.cause = ce;
                    } else {
                        throw PyExceptions.typeError("exception causes must derive from "
                                + "BaseException");
                    }
                    e.suppressContext = true;
                }
            } catch (PyException ex) {
                throw trace(ex, f);
            }
            e.tracebackFrame = null;
            throw trace(e.raise(), f);
        }
    }

    /** One {@code except} clause. */
    public static final class Handler {
        final ExprNode type;
        final NameNodes.Target name;
        final StmtNode unbind;
        final StmtNode[] body;
        final int line;

        public Handler(ExprNode type, NameNodes.Target name, StmtNode unbind, StmtNode[] body,
                int line) {
            this.type = type;
            this.name = name;
            this.unbind = unbind;
            this.body = body;
            this.line = line;
        }
    }

    static boolean matches(PyBaseException e, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                checkCatchable(x);
            }
            for (PyObject x : t.items()) {
                if (matches(e, x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return e.type().isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(PyObject type) {
        if (!(type instanceof PyType t) || !t.isExceptionType()) {
            throw PyExceptions.typeError("catching classes that do not inherit from "
                    + "BaseException is not allowed");
        }
    }

    public static final class Try extends StmtNode {
        final StmtNode[] body;
        final Handler[] handlers;
        final StmtNode[] orelse;
        final StmtNode[] finalbody;

        public Try(StmtNode[] body, Handler[] handlers, StmtNode[] orelse, StmtNode[] finalbody,
                int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        public int exec(PyFrame f) {
            return run(f, null, null);
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.PLAIN);
            for (Handler h : handlers) {
                out.handler(h.line, h.body);
            }
            out.add(orelse, Jumps.Kind.PLAIN);
            out.add(finalbody, Jumps.Kind.PLAIN);
        }

        @Override
        int execAt(PyFrame f, StmtNode[] clause, Jumps.Entry entry) {
            if (clause == finalbody) {
                // CPython's finally body on the normal path is a copy with nothing on the stack
                return entry.run(f);
            }
            return run(f, clause, entry);
        }

        /**
         * The statement, or (with an {@code entry}) the rest of it from a jump into its body or
         * its {@code else} clause.
         */
        private int run(PyFrame f, StmtNode[] clause, Jumps.Entry entry) {
            f.lineno = line;
            if (finalbody.length == 0) {
                return tryExcept(f, clause, entry);
            }
            int r;
            try {
                r = tryExcept(f, clause, entry);
            } catch (PyException e) {
                ThreadState ts = ThreadState.current();
                PyBaseException saved = ts.beginHandler(e.value);
                PyBaseException savedBase = ts.handledBase;
                int fr;
                try {
                    fr = execBlock(finalbody, f);
                } finally {
                    ts.endHandler(saved, savedBase);
                }
                if (fr != NORMAL) {
                    return fr;
                }
                e.value.tracebackFrame = f;
                throw e;
            } catch (StackOverflowError e) {
                throw e;
            }
            if (r == JUMP) {
                // a tracer's jump out of the try leaves the finally clause unrun, as in CPython
                return r;
            }
            PyObject savedReturn = f.returnValue;
            int fr = execBlock(finalbody, f);
            if (fr != NORMAL) {
                return fr;
            }
            f.returnValue = savedReturn;
            return r;
        }

        private int tryExcept(PyFrame f, StmtNode[] clause, Jumps.Entry entry) {
            if (entry != null && clause == orelse) {
                return entry.run(f);
            }
            int r;
            try {
                r = entry != null ? entry.run(f) : execBlock(body, f);
            } catch (PyException e) {
                if (handlers.length == 0) {
                    throw e;
                }
                return handle(e, f);
            } catch (OutOfMemoryError e) {
                // an allocation the JVM could not make is Python's MemoryError, catchable here
                // as in CPython (the failed allocation's memory is already free again)
                PyException memoryError = PyExceptions.of(PyExceptions.MemoryError, "");
                if (handlers.length == 0) {
                    throw memoryError;
                }
                return handle(memoryError, f);
            } catch (RuntimeException e) {
                // A Java exception from inside Krait is a Krait bug. CPython reports its own
                // internal failures as SystemError, which a program may catch: so it is here
                // (a test runner records the test and goes on instead of stopping).
                PyException internal = PyExceptions.internalError(e);
                if (handlers.length == 0) {
                    throw internal;
                }
                return handle(internal, f);
            }
            if (r != NORMAL) {
                return r;
            }
            return execBlock(orelse, f);
        }

        private int handle(PyException e, PyFrame f) {
            PyBaseException value = e.value;
            for (Handler h : handlers) {
                if (f.trace != null) {
                    Tracing.statement(f, h.line);
                    if (f.pendingJump() != null) {
                        return jumpFromHandler(value, f);
                    }
                }
                if (h.type != null) {
                    f.lineno = h.line;
                    PyObject type = h.type.eval(f);
                    boolean match;
                    try {
                        match = matches(value, type);
                    } catch (PyException ex) {
                        throw h.type.trace(ex, f);
                    }
                    if (!match) {
                        continue;
                    }
                }
                return runHandler(h, value, f, false);
            }
            value.tracebackFrame = f;
            throw e;
        }

        /** Runs handler {@code h} for {@code value}, from a jump's target if {@code jumped}. */
        private int runHandler(Handler h, PyBaseException value, PyFrame f, boolean jumped) {
            ThreadState ts = ThreadState.current();
            PyBaseException saved = ts.beginHandler(value);
            PyBaseException savedBase = ts.handledBase;
            int r;
            try {
                if (h.name != null) {
                    h.name.assign(f, value);
                }
                r = jumped ? resumeJump(h.body, f) : execBlock(h.body, f);
            } finally {
                ts.endHandler(saved, savedBase);
                if (h.name != null) {
                    h.name.assign(f, PyNone.NONE);
                    h.unbind.exec(f);
                }
            }
            return r == JUMP ? jumpFromHandler(value, f) : r;
        }

        /**
         * A tracer's jump from inside this statement's handling of {@code value}: into one of
         * its handlers, it goes on handling the exception there (CPython keeps it on the stack);
         * anywhere else, the handling ends as the jump leaves.
         */
        private int jumpFromHandler(PyBaseException value, PyFrame f) {
            java.util.List<Jumps.Block> path = ((Jumps.Position) f.pendingJump()).path();
            for (Handler h : handlers) {
                if (Jumps.depthIn(path, h.body) >= 0) {
                    return runHandler(h, value, f, true);
                }
            }
            return JUMP;
        }
    }

    public static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        /** Whose span the raised AssertionError carries: see {@link #raiseSite}. */
        final Node site;

        public Assert(ExprNode test, ExprNode msg, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.test = test;
            this.msg = msg;
            Node leaked = raiseSite(test);
            this.site = leaked == null ? this : leaked;
        }

        /**
         * The comparison whose location CPython 3.11's compiler leaves behind when it compiles
         * the test as a jump (compiler_jump_if sets a comparison's location and does not restore
         * it, looking through {@code not}, {@code and}/{@code or} and conditional expressions),
         * so that the assertion's raise carries it; {@code null} when the raise keeps the
         * statement's own span.
         *
         * <p>CPython: Python/compile.c compiler_jump_if, compiler_assert.
         */
        private static Node raiseSite(ExprNode test) {
            if (test instanceof OpNodes.Compare) {
                return test;
            }
            if (test instanceof OpNodes.Unary u && u.op == dev.krait.ast.UnaryOp.Not) {
                return raiseSite(u.operand);
            }
            Node last = null;
            ExprNode[] parts = test instanceof OpNodes.BoolOp b ? b.values
                    : test instanceof OpNodes.IfExp i
                            ? new ExprNode[] {i.test, i.body, i.orelse} : new ExprNode[0];
            for (ExprNode part : parts) {
                Node leaked = raiseSite(part);
                if (leaked != null) {
                    last = leaked;
                }
            }
            return last;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            if (Truth.test(test, f)) {
                return NORMAL;
            }
            PyBaseException e;
            if (msg == null) {
                e = new PyBaseException(PyExceptions.AssertionError, PyTuple.EMPTY);
            } else {
                PyObject m = msg.eval(f);
                try {
                    e = instantiate(Ops.call(PyExceptions.AssertionError, m));
                } catch (PyException ex) {
                    throw trace(ex, f);
                }
            }
            throw site.trace(e.raise(), f);
        }
    }

    /** {@code with a as x, b as y: body}: one node per item, nested. */
    public static final class With extends StmtNode {
        final ExprNode manager;
        final NameNodes.Target target;
        final StmtNode[] body;

        public With(ExprNode manager, NameNodes.Target target, StmtNode[] body, int l, int c,
                int el, int ec) {
            super(l, c, el, ec);
            this.manager = manager;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject mgr = manager.eval(f);
            PyObject enter = mgr.type().lookup("__enter__");
            PyObject exit = mgr.type().lookup("__exit__");
            if (enter == null) {
                throw manager.trace(PyExceptions.typeError("'" + mgr.type().getName()
                        + "' object does not support the context manager protocol"), f);
            }
            if (exit == null) {
                throw manager.trace(PyExceptions.typeError("'" + mgr.type().getName()
                        + "' object does not support the context manager protocol (missed "
                        + "__exit__ method)"), f);
            }
            PyObject value;
            try {
                value = Ops.callDescriptor(enter, mgr);
            } catch (PyException e) {
                throw manager.trace(e, f);
            }
            int r;
            try {
                if (target != null) {
                    target.assign(f, value);
                }
                r = execBlock(body, f);
            } catch (PyException e) {
                ThreadState ts = ThreadState.current();
                PyBaseException saved = ts.beginHandler(e.value);
                PyBaseException savedBase = ts.handledBase;
                boolean suppress;
                try {
                    if (f.trace != null) {
                        // CPython gives the call of __exit__ the with statement's line
                        Tracing.line(f, line);
                    }
                    PyObject res = Ops.callDescriptor(exit, mgr, e.value.type(), e.value,
                            e.value.getTraceback());
                    suppress = Ops.isTrue(res);
                } catch (PyException inner) {
                    throw manager.trace(inner, f);
                } finally {
                    ts.endHandler(saved, savedBase);
                }
                if (suppress) {
                    return NORMAL;
                }
                e.value.tracebackFrame = f;
                throw e;
            }
            if (r == JUMP) {
                // a tracer's jump out of the body drops __exit__ uncalled, as CPython's does
                return r;
            }
            PyObject savedReturn = f.returnValue;
            try {
                if (f.trace != null) {
                    Tracing.line(f, line);
                }
                if (Tracing.profilingSeen && exit instanceof PyMethodDescriptor d) {
                    // CPython calls the bound __exit__ with CALL here (not after an
                    // exception): a builtin's is reported to a profiler
                    Tracing.callMethodProfiled(f, d, mgr,
                            new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
                } else {
                    Ops.callDescriptor(exit, mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
            } catch (PyException e) {
                throw manager.trace(e, f);
            }
            f.returnValue = savedReturn;
            return r;
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.WITH);
        }
    }
}
