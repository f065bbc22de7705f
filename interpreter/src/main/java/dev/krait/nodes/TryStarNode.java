package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBaseExceptionGroup;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code try ... except* T ...} (PEP 654): each clause takes the part of the exception group
 * that matches its type (a lone exception is wrapped in a group first), the rest goes on to the
 * next clause, and afterwards whatever the handlers raised or left unhandled is raised again as
 * one group. A {@code finally} is handled by an enclosing {@link ExceptionNodes.Try}.
 *
 * <p>CPython counterpart: CHECK_EG_MATCH and PREP_RERAISE_STAR in Python/ceval.c.
 */
public final class TryStarNode extends StmtNode {
    final StmtNode[] body;
    final ExceptionNodes.Handler[] handlers;
    final StmtNode[] orelse;

    public TryStarNode(StmtNode[] body, ExceptionNodes.Handler[] handlers, StmtNode[] orelse,
            int l, int c, int el, int ec) {
        super(l, c, el, ec);
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public int exec(PyFrame f) {
        f.lineno = line;
        int r;
        try {
            r = execBlock(body, f);
        } catch (PyException e) {
            handle(e, f);
            return NORMAL;
        }
        if (r != NORMAL) {
            return r;
        }
        return execBlock(orelse, f);
    }

    private void handle(PyException e, PyFrame f) {
        PyBaseException orig = e.value;
        PyBaseException rest = orig;
        List<PyBaseException> results = new ArrayList<>();
        // every clause's type is evaluated and checked, even once nothing is left to match
        // (CPython's CHECK_EG_MATCH on None)
        for (ExceptionNodes.Handler h : handlers) {
            if (f.trace != null) {
                dev.krait.runtime.Tracing.line(f, h.line);
            }
            f.lineno = h.line;
            PyObject type = h.type.eval(f);
            PyBaseException[] parts;
            try {
                checkType(type);
                parts = rest == null ? null : match(rest, type);
            } catch (PyException ex) {
                throw h.type.trace(ex, f);
            }
            if (parts == null || parts[0] == null) {
                continue;
            }
            rest = parts[1];
            PyBaseException matched = parts[0];
            ThreadState ts = ThreadState.current();
            PyBaseException saved = ts.beginHandler(matched);
            PyBaseException savedBase = ts.handledBase;
            try {
                if (h.name != null) {
                    h.name.assign(f, matched);
                }
                execBlock(h.body, f);
            } catch (PyException raised) {
                results.add(raised.value);
            } finally {
                ts.endHandler(saved, savedBase);
                if (h.name != null) {
                    h.name.assign(f, PyNone.NONE);
                    h.unbind.exec(f);
                }
            }
        }
        if (rest != null) {
            results.add(rest);
        }
        PyBaseException toRaise;
        try {
            toRaise = PyBaseExceptionGroup.prepReraiseStar(orig, results);
        } catch (PyException ex) {
            throw trace(ex, f);
        }
        if (toRaise != null) {
            toRaise.tracebackFrame = f;
            throw toRaise.raise();
        }
        if (endsCode) {
            // the implicit 'return None' after the handlers takes the last clause's line, after
            // instructions of no line: a line event there, even if that clause's test was the
            // last line traced (CPython: Python/compile.c duplicate_exits_without_lineno)
            int last = handlers[handlers.length - 1].line;
            f.lineno = last;
            if (f.trace != null) {
                dev.krait.runtime.Tracing.lineAgain(f, last);
            }
        }
    }

    /** Whether nothing but the code's implicit {@code return None} follows this statement. */
    private boolean endsCode;

    /**
     * Marks the {@code try ... except*} statements that end {@code body}, a code object's
     * statements: the last statement, or one that ends a branch of a last {@code if}.
     */
    static void markEndsCode(StmtNode[] body) {
        if (body.length == 0) {
            return;
        }
        StmtNode last = body[body.length - 1];
        if (last instanceof TryStarNode t) {
            t.endsCode = true;
        } else if (last instanceof StmtNodes.If i) {
            markEndsCode(i.body);
            markEndsCode(i.orelse);
        }
    }

    private static void checkType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                checkType(x);
            }
            return;
        }
        if (!(type instanceof PyType t) || !t.isExceptionType()) {
            throw PyExceptions.typeError("catching classes that do not inherit from "
                    + "BaseException is not allowed");
        }
        if (t.isSubtypeOf(PyExceptions.BaseExceptionGroup)) {
            throw PyExceptions.typeError("catching ExceptionGroup with except* is not allowed. "
                    + "Use except instead.");
        }
    }

    /** [match, rest]: CPython's _PyEval_ExceptionGroupMatch. */
    private static PyBaseException[] match(PyBaseException exc, PyObject type) {
        if (Ops.isInstance(exc, type)) {
            if (exc instanceof PyBaseExceptionGroup) {
                return new PyBaseException[] {exc, null};
            }
            // CPython 3.11 gives the wrapping group no traceback of its own.
            PyBaseExceptionGroup wrapped = PyBaseExceptionGroup.create("", List.of(exc), false);
            return new PyBaseException[] {wrapped, null};
        }
        if (exc instanceof PyBaseExceptionGroup g) {
            PyObject pair = g.split(type);
            PyObject m = ((PyTuple) pair).get(0);
            PyObject r = ((PyTuple) pair).get(1);
            return new PyBaseException[] {m == PyNone.NONE ? null : (PyBaseException) m,
                r == PyNone.NONE ? null : (PyBaseException) r};
        }
        return new PyBaseException[] {null, exc};
    }
}
