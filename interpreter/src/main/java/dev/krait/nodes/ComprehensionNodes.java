package dev.krait.nodes;

import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Tracing;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of comprehensions and generator expressions. As in CPython 3.11, each runs as its
 * own function whose one argument ({@code .0}, fast slot 0) is the iterator of the outermost
 * iterable, evaluated in the enclosing scope; the loops nest inside, one per {@code for}.
 *
 * <p>CPython counterpart: Python/compile.c {@code compiler_comprehension}.
 */
public final class ComprehensionNodes {
    private ComprehensionNodes() {}

    /** What a comprehension builds. */
    public enum Kind { LIST, SET, DICT, GENERATOR }

    /** One {@code for target in iter if cond...} clause. */
    public static final class Clause {
        final NameNodes.Target target;
        /** The iterable; null for the outermost, whose iterator is the argument. */
        final ExprNode iter;
        final ExprNode[] ifs;
        /** {@code async for}: the iterator is asynchronous and each step is awaited. */
        final boolean async;

        public Clause(NameNodes.Target target, ExprNode iter, ExprNode[] ifs, boolean async) {
            this.target = target;
            this.iter = iter;
            this.ifs = ifs;
            this.async = async;
        }
    }

    /** The body: a statement that builds (or yields) the results and returns. */
    public static final class Body extends StmtNode {
        final Kind kind;
        final Clause[] clauses;
        final ExprNode elt;
        final ExprNode value;

        public Body(Kind kind, Clause[] clauses, ExprNode elt, ExprNode value, int l, int c,
                int el, int ec) {
            super(l, c, el, ec);
            this.kind = kind;
            this.clauses = clauses;
            this.elt = elt;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            List<PyObject> items = kind == Kind.GENERATOR ? null : new ArrayList<>();
            PyDict dict = kind == Kind.DICT ? new PyDict() : null;
            loop(f, 0, f.fast[0], items, dict);
            f.returnValue = switch (kind) {
                case LIST -> new PyList(items);
                case SET -> {
                    try {
                        yield SetSupport.newSet(items);
                    } catch (PyException e) {
                        throw trace(e, f);
                    }
                }
                case DICT -> dict;
                case GENERATOR -> PyNone.NONE;
            };
            return RETURN;
        }

        private void loop(PyFrame f, int depth, PyObject iterator, List<PyObject> items,
                PyDict dict) {
            Clause clause = clauses[depth];
            PyObject it = iterator;
            if (it == null) {
                PyObject iterable = clause.iter.eval(f);
                try {
                    it = clause.async ? asyncIter(iterable) : Iteration.iter(iterable);
                } catch (PyException e) {
                    throw clause.iter.trace(e, f);
                }
            }
            boolean again = false;
            while (true) {
                if (again && f.trace != null) {
                    // the jump back to the clause's FOR_ITER: a line event in CPython
                    Tracing.backEdge(f, line);
                }
                again = true;
                PyObject v;
                if (clause.async) {
                    v = asyncNext(f, it, this);
                } else {
                    try {
                        v = f.trace == null ? Iteration.next(it)
                                : Tracing.loopNext(f, it, line);
                    } catch (PyException e) {
                        throw trace(e, f);
                    }
                }
                if (v == null) {
                    return;
                }
                clause.target.assign(f, v);
                boolean keep = true;
                for (ExprNode cond : clause.ifs) {
                    if (!Truth.test(cond, f)) {
                        keep = false;
                        break;
                    }
                }
                if (!keep) {
                    continue;
                }
                if (depth + 1 < clauses.length) {
                    loop(f, depth + 1, null, items, dict);
                    continue;
                }
                switch (kind) {
                    case LIST, SET -> items.add(elt.eval(f));
                    case DICT -> {
                        PyObject k = elt.eval(f);
                        PyObject val = value.eval(f);
                        try {
                            dict.setItem(k, val);
                        } catch (PyException e) {
                            throw trace(e, f);
                        }
                    }
                    case GENERATOR -> {
                        PyObject y = elt.eval(f);
                        YieldNodes.generatorOf(f).yieldValue(y);
                    }
                }
            }
        }
    }

    /**
     * A generator expression run without a continuation. Its only yield is the element, at the
     * bottom of its loops, so where it stopped is fully told by the iterator of each clause:
     * a resume takes the next item of the innermost loop, and a loop that runs out hands
     * control to the one around it. This saves the freeze and thaw of the Java stack that a
     * continuation pays at every item. Asynchronous generator expressions keep the
     * continuation (their awaits can stop anywhere).
     *
     * <p>CPython counterpart: the genexpr's code runs in the ordinary evaluation loop, its
     * frame kept between calls (Objects/genobject.c gen_send_ex).
     */
    public static final class Steps implements PyGenerator.Resumable {
        private final Body body;
        private final PyFrame frame;
        /** The iterator of each clause's loop, null where a loop is not running. */
        private final PyObject[] iterators;
        private boolean started;
        private PyBaseException handled;

        /** Whether {@code body} can run as steps: a synchronous generator expression. */
        public static boolean fits(StmtNode[] body) {
            if (body.length != 1 || !(body[0] instanceof Body b) || b.kind != Kind.GENERATOR) {
                return false;
            }
            for (Clause c : b.clauses) {
                if (c.async) {
                    return false;
                }
            }
            return true;
        }

        public Steps(StmtNode[] body, PyFrame frame) {
            this.body = (Body) body[0];
            this.frame = frame;
            this.iterators = new PyObject[this.body.clauses.length];
        }

        // The frame and the handled exception are swapped in and out as in
        // FunctionBody.GeneratorBody.resume.
        @Override
        public PyObject resume(PyObject sent, PyBaseException thrown) {
            ThreadState ts = ThreadState.current();
            PyBaseException callerHandled = ts.handled;
            PyBaseException callerBase = ts.handledBase;
            ts.handledBase = callerHandled;
            if (handled != null) {
                ts.handled = handled;
            }
            ts.push(frame);
            try {
                PyObject r;
                try {
                    r = step(thrown);
                } catch (PyException e) {
                    if (frame.trace != null || ts.profileFunction != null) {
                        Tracing.functionRaise(frame, e.value);
                    }
                    throw e;
                }
                // as in CPython, each resume is a call that returns the value it yields
                if (frame.trace != null || ts.profileFunction != null) {
                    Tracing.functionReturn(frame, r == null ? PyNone.NONE : r);
                }
                return r;
            } finally {
                ts.pop(frame);
                handled = ts.handled != callerHandled ? ts.handled : null;
                ts.handled = callerHandled;
                ts.handledBase = callerBase;
            }
        }

        private PyObject step(PyBaseException thrown) {
            PyFrame f = frame;
            Body b = body;
            Clause[] clauses = b.clauses;
            int level;
            if (!started) {
                started = true;
                if (thrown != null) {
                    thrown.tracebackFrame = null;
                    // the generator's prologue has the def's line and no columns: no markers
                    thrown.addTraceback(f, f.code.firstlineno, -1, f.code.firstlineno, -1);
                    throw thrown.raise();
                }
                f.lineno = b.line;
                iterators[0] = f.fast[0];
                level = 0;
            } else {
                if (thrown != null) {
                    thrown.tracebackFrame = null;
                    thrown.thrownIn = true;
                    throw b.trace(thrown.raise(), f);
                }
                level = clauses.length - 1;
            }
            if (f.trace != null) {
                // a resumed generator expression jumps back to its loop's FOR_ITER
                Tracing.backEdge(f, b.line);
            }
            while (level >= 0) {
                Clause clause = clauses[level];
                PyObject it = iterators[level];
                if (it == null) {
                    PyObject iterable = clause.iter.eval(f);
                    try {
                        it = Iteration.iter(iterable);
                    } catch (PyException e) {
                        throw clause.iter.trace(e, f);
                    }
                    iterators[level] = it;
                }
                PyObject v;
                try {
                    v = f.trace == null ? Iteration.next(it)
                            : Tracing.loopNext(f, it, b.line);
                } catch (PyException e) {
                    throw b.trace(e, f);
                }
                if (v == null) {
                    iterators[level] = null;
                    level--;
                    continue;
                }
                clause.target.assign(f, v);
                boolean keep = true;
                for (ExprNode cond : clause.ifs) {
                    if (!Truth.test(cond, f)) {
                        keep = false;
                        break;
                    }
                }
                if (!keep) {
                    continue;
                }
                if (level + 1 < clauses.length) {
                    level++;
                    continue;
                }
                return b.elt.eval(f);
            }
            return null;
        }

        @Override
        public PyObject returnValue() {
            return PyNone.NONE;
        }

        @Override
        public PyObject delegate() {
            return null;
        }

        /** A generator expression has no handler for GeneratorExit to meet. */
        @Override
        public boolean mayRunCodeOnClose() {
            return false;
        }
    }

    /** GET_AITER: an asynchronous iterable's iterator (CPython: ceval.c GET_AITER). */
    static PyObject asyncIter(PyObject iterable) {
        PyObject aiter = iterable.type().lookup("__aiter__");
        if (aiter == null) {
            throw PyExceptions.typeError("'async for' requires an object with __aiter__ method, "
                    + "got " + iterable.type().getName());
        }
        PyObject it = Ops.callDescriptor(aiter, iterable);
        if (it.type().lookup("__anext__") == null) {
            throw PyExceptions.typeError("'async for' received an object from __aiter__ that "
                    + "does not implement __anext__: " + it.type().getName());
        }
        return it;
    }

    /** One awaited {@code __anext__()}; null at StopAsyncIteration (CPython: GET_ANEXT). */
    private static PyObject asyncNext(PyFrame f, PyObject it, Node site) {
        PyObject awaitable;
        try {
            awaitable = Ops.callDescriptor(it.type().lookup("__anext__"), it);
        } catch (PyException e) {
            throw site.trace(e, f);
        }
        try {
            return AsyncNodes.awaitNext(f, awaitable, site);
        } catch (PyException e) {
            if (e.matches(PyExceptions.StopAsyncIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Calls the comprehension's function with the outermost iterable's iterator. */
    public static final class Run extends ExprNode {
        final FunctionNodes.MakeFunction function;
        final ExprNode outermost;
        /** Whether the outermost clause is {@code async for}. */
        final boolean asyncOutermost;
        /** Whether the function is a coroutine whose result is awaited here. */
        final boolean awaited;

        public Run(FunctionNodes.MakeFunction function, ExprNode outermost,
                boolean asyncOutermost, boolean awaited, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.function = function;
            this.outermost = outermost;
            this.asyncOutermost = asyncOutermost;
            this.awaited = awaited;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = function.eval(f);
            PyObject iterable = outermost.eval(f);
            PyObject result;
            try {
                PyObject it = asyncOutermost ? asyncIter(iterable) : Iteration.iter(iterable);
                result = Ops.call(fn, it);
            } catch (PyException e) {
                throw trace(e, f);
            }
            // CPython: compiler_comprehension emits GET_AWAITABLE and a SEND loop
            return awaited ? AsyncNodes.await(f, result, YieldNodes.YieldFrom.AwaitSite.AWAIT, this)
                    : result;
        }
    }
}
