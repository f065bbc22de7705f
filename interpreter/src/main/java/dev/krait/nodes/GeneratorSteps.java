package dev.krait.nodes;

import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.Tracing;

/**
 * A generator function run without a continuation. When every {@code yield} and
 * {@code yield from} of the body is a statement of its own ({@code yield v},
 * {@code x = yield v}, {@code yield from g}, {@code x = yield from g}) and stands only inside
 * {@code if}, {@code while} and {@code for} statements, where the body stopped is told by a
 * path: the index of the statement running in each block on the way down, and the iterator of
 * each {@code for} loop on it. A yield then returns {@link #YIELD} up through the blocks, each
 * noting where it stopped, and a resume walks down that path and carries on from the yield, as
 * the statements themselves would have. This saves the freeze and thaw of the Java stack that a
 * continuation costs at each yield, and lets {@code yield from} another such generator call it
 * directly. Anything else (a yield inside {@code try} or {@code with}, or inside an expression)
 * keeps the continuation ({@link FunctionBody.GeneratorBody}).
 *
 * <p>The steps repeat what {@link StmtNodes.If}, {@link StmtNodes.While}, {@link StmtNodes.For}
 * and {@link StmtNode#execBlock} do (line numbers, line events for a tracer, ticks, Ctrl-C at a
 * loop's back edge, closing a generator the {@code for} loop owns) and what
 * {@link YieldNodes.YieldFrom} does for PEP 380's delegation, so that a generator behaves the
 * same on either path.
 *
 * <p>CPython counterpart: the generator's frame kept between calls of the evaluation loop
 * (Objects/genobject.c gen_send_ex, Python/ceval.c SEND and YIELD_VALUE).
 */
final class GeneratorSteps implements PyGenerator.Resumable {
    /** The status a step returns when the body yielded; the value waits in {@link #yielded}. */
    static final int YIELD = 4;

    /** The resumable shape of a generator function's body, built once per code object. */
    static final class Plan {
        final StmtNode[] body;
        final Step[] steps;
        final int slots;

        private Plan(StmtNode[] body, Step[] steps, int slots) {
            this.body = body;
            this.steps = steps;
            this.slots = slots;
        }

        /**
         * The plan for {@code body}, or null when some of its {@code yields} yield nodes stand
         * where a step cannot resume them (every yield found in a resumable place is counted:
         * the count falls short when one is elsewhere).
         */
        static Plan of(StmtNode[] body, int yields) {
            Builder b = new Builder();
            Step[] steps = b.block(body);
            return b.yields == yields ? new Plan(body, steps, b.slots) : null;
        }
    }

    private final Plan plan;
    private final PyFrame frame;
    /** For each block on the path, the index of the statement it stopped in. */
    final int[] positions;
    /** For each {@code for} loop on the path, its iterator. */
    final PyObject[] iterators;
    /** For each {@code for} loop, whether it owns its generator (see StmtNodes.For.owns). */
    final boolean[] owned;
    private boolean started;
    private PyBaseException handled;
    PyObject sent;
    PyBaseException thrown;
    PyObject yielded;
    /** The iterator a suspended {@code yield from} delegates to. */
    PyObject delegate;
    /**
     * How the generator delegated to ended when a resume sent to it directly: finished
     * ({@link #DELEGATE_DONE}) or raised (the PyException); the yield from step takes it.
     */
    Object delegateOutcome;
    static final Object DELEGATE_DONE = new Object();
    private PyObject returnValue;

    GeneratorSteps(Plan plan, PyFrame frame) {
        this.plan = plan;
        this.frame = frame;
        this.positions = new int[plan.slots];
        this.iterators = new PyObject[plan.slots];
        this.owned = new boolean[plan.slots];
    }

    // The frame and the handled exception are swapped in and out, and tracers see each resume
    // as a call, as in FunctionBody.GeneratorBody.resume.
    @Override
    public PyObject resume(PyObject sentValue, PyBaseException thrownValue) {
        ThreadState ts = ThreadState.current();
        PyBaseException callerHandled = ts.handled;
        if (handled != null) {
            ts.handled = handled;
        }
        ts.push(frame);
        try {
            PyObject r;
            try {
                r = step(sentValue, thrownValue);
            } catch (PyException e) {
                if (frame.trace != null || ts.profileFunction != null) {
                    Tracing.functionRaise(frame, e.value);
                }
                throw e;
            }
            if (frame.trace != null || ts.profileFunction != null) {
                Tracing.functionReturn(frame, r != null ? r : returnValue);
            }
            return r;
        } finally {
            ts.pop(frame);
            handled = ts.handled != callerHandled ? ts.handled : null;
            ts.handled = callerHandled;
        }
    }

    private PyObject step(PyObject sentValue, PyBaseException thrownValue) {
        PyFrame f = frame;
        Plan p = plan;
        int r;
        if (!started) {
            started = true;
            if (thrownValue != null) {
                thrownValue.tracebackFrame = null;
                // the generator's prologue has the def's line and no columns: no markers
                thrownValue.addTraceback(f, f.code.firstlineno, -1, f.code.firstlineno, -1);
                throw thrownValue.raise();
            }
            r = runBlock(p.body, p.steps, 0, 0, 0, f, this);
        } else {
            if (thrownValue == null && delegate instanceof PyGenerator inner) {
                // Suspended in a yield from of a generator: send straight down to it, without
                // walking this body's path, until it finishes or raises (as in
                // FunctionBody.GeneratorBody.resumeInFrame).
                try {
                    PyObject y = inner.sendOrNull(sentValue, null);
                    if (y != null) {
                        return y;
                    }
                    delegateOutcome = DELEGATE_DONE;
                } catch (PyException e) {
                    delegateOutcome = e;
                }
            }
            sent = sentValue;
            thrown = thrownValue;
            r = resumeBlock(p.body, p.steps, positions[0], 0, 0, f, this);
        }
        if (r == YIELD) {
            PyObject y = yielded;
            yielded = null;
            return y;
        }
        returnValue = r == StmtNode.RETURN ? f.returnValue : PyNone.NONE;
        return null;
    }

    @Override
    public PyObject returnValue() {
        return returnValue;
    }

    @Override
    public PyObject delegate() {
        return delegate;
    }

    /** No yield here stands inside a try or with: GeneratorExit thrown in meets no handler. */
    @Override
    public boolean mayRunCodeOnClose() {
        return false;
    }

    /**
     * Runs {@code stmts} from index {@code from} as {@link StmtNode#execBlock} does; at a yield,
     * notes the statement's index (plus {@code base}, which tells a statement's two blocks
     * apart) in the block's slot.
     */
    static int runBlock(StmtNode[] stmts, Step[] steps, int from, int base, int slot,
            PyFrame f, GeneratorSteps g) {
        for (int i = from; i < stmts.length; i++) {
            StmtNode s = stmts[i];
            if (f.trace != null) {
                Tracing.line(f, s.line);
            }
            Step step = steps[i];
            int r = step == null ? s.exec(f) : step.run(f, g);
            if (r != StmtNode.NORMAL) {
                if (r == YIELD) {
                    g.positions[slot] = base + i;
                }
                return r;
            }
        }
        return StmtNode.NORMAL;
    }

    /** Resumes statement {@code i} of {@code stmts}, which yielded, then runs the rest. */
    static int resumeBlock(StmtNode[] stmts, Step[] steps, int i, int base, int slot, PyFrame f,
            GeneratorSteps g) {
        int r = steps[i].resume(f, g);
        if (r != StmtNode.NORMAL) {
            return r;
        }
        return runBlock(stmts, steps, i + 1, base, slot, f, g);
    }

    /** A statement that holds a yield: run from its start, or resumed after its yield. */
    abstract static class Step {
        abstract int run(PyFrame f, GeneratorSteps g);

        abstract int resume(PyFrame f, GeneratorSteps g);
    }

    /** Finds the statements that hold yields and makes their steps. */
    private static final class Builder {
        int yields;
        /** Slot 0 is the body's. */
        int slots = 1;

        /** The steps of a block: null for each statement that holds no yield. */
        Step[] block(StmtNode[] stmts) {
            Step[] out = new Step[stmts.length];
            for (int i = 0; i < stmts.length; i++) {
                out[i] = step(stmts[i]);
            }
            return out;
        }

        private Step step(StmtNode s) {
            ExprNode value = null;
            NameNodes.Target[] targets = null;
            if (s instanceof StmtNodes.ExprStmt e) {
                value = e.value;
            } else if (s instanceof StmtNodes.Assign a) {
                value = a.value;
                targets = a.targets;
            }
            if (value instanceof YieldNodes.Yield y) {
                yields++;
                return new YieldStep(s, y, targets);
            }
            if (value instanceof YieldNodes.YieldFrom y && !y.await) {
                yields++;
                return new YieldFromStep(s, y, targets);
            }
            int before = yields;
            Step made = null;
            if (s instanceof StmtNodes.If n) {
                int slot = slots++;
                made = new IfStep(n, block(n.body), block(n.orelse), slot);
            } else if (s instanceof StmtNodes.While n) {
                int slot = slots++;
                made = new WhileStep(n, block(n.body), block(n.orelse), slot);
            } else if (s instanceof StmtNodes.For n) {
                int slot = slots++;
                made = new ForStep(n, block(n.body), block(n.orelse), slot);
            }
            return yields == before ? null : made;
        }
    }

    /** {@code yield v} or {@code x = yield v} as a statement. */
    static final class YieldStep extends Step {
        private final StmtNode stmt;
        private final YieldNodes.Yield yield;
        private final NameNodes.Target[] targets;

        YieldStep(StmtNode stmt, YieldNodes.Yield yield, NameNodes.Target[] targets) {
            this.stmt = stmt;
            this.yield = yield;
            this.targets = targets;
        }

        @Override
        int run(PyFrame f, GeneratorSteps g) {
            f.lineno = stmt.line;
            g.yielded = yield.value == null ? PyNone.NONE : yield.value.eval(f);
            return YIELD;
        }

        @Override
        int resume(PyFrame f, GeneratorSteps g) {
            PyBaseException t = g.thrown;
            if (t != null) {
                g.thrown = null;
                t.tracebackFrame = null;
                // chained only to what the generator itself handles, never to the caller's
                t.thrownIn = g.handled == null;
                throw yield.trace(t.raise(), f);
            }
            if (targets != null) {
                PyObject v = g.sent;
                for (NameNodes.Target target : targets) {
                    target.assign(f, v);
                }
            }
            return StmtNode.NORMAL;
        }
    }

    /** {@code yield from it} or {@code x = yield from it} as a statement (PEP 380). */
    static final class YieldFromStep extends Step {
        private final StmtNode stmt;
        private final YieldNodes.YieldFrom node;
        private final NameNodes.Target[] targets;

        YieldFromStep(StmtNode stmt, YieldNodes.YieldFrom node, NameNodes.Target[] targets) {
            this.stmt = stmt;
            this.node = node;
            this.targets = targets;
        }

        @Override
        int run(PyFrame f, GeneratorSteps g) {
            f.lineno = stmt.line;
            PyObject source = node.value.eval(f);
            PyObject it;
            try {
                it = YieldNodes.YieldFrom.iterFor(source, f);
            } catch (PyException e) {
                throw node.trace(e, f);
            }
            g.delegate = it;
            return pass(f, g, it, PyNone.NONE, null);
        }

        @Override
        int resume(PyFrame f, GeneratorSteps g) {
            Object outcome = g.delegateOutcome;
            if (outcome != null) {
                g.delegateOutcome = null;
                PyObject delegate = g.delegate;
                g.delegate = null;
                if (outcome == DELEGATE_DONE) {
                    return finish(f, g, YieldNodes.YieldFrom.returned(f, (PyGenerator) delegate,
                            g.sent, node));
                }
                return failed(f, g, delegate, (PyException) outcome);
            }
            PyBaseException t = g.thrown;
            g.thrown = null;
            return pass(f, g, g.delegate, g.sent, t);
        }

        /** One round of the delegation loop: a send or throw into the sub-iterator. */
        private int pass(PyFrame f, GeneratorSteps g, PyObject it, PyObject sent,
                PyBaseException thrown) {
            PyObject y;
            try {
                if (thrown != null) {
                    y = YieldNodes.YieldFrom.throwInto(it, thrown);
                } else if (it instanceof PyGenerator inner) {
                    y = inner.sendOrNull(sent, null);
                    if (y == null) {
                        return finish(f, g, YieldNodes.YieldFrom.returned(f, inner, sent, node));
                    }
                } else if (sent == PyNone.NONE) {
                    y = Ops.callSpecial(it, "__next__");
                } else {
                    y = Ops.callMethod(it, "send", sent);
                }
            } catch (PyException e) {
                return failed(f, g, it, e);
            }
            g.yielded = y;
            return YIELD;
        }

        /** The sub-iterator raised {@code e}: its StopIteration ends the delegation. */
        private int failed(PyFrame f, GeneratorSteps g, PyObject it, PyException e) {
            g.delegate = null;
            if (e.matches(PyExceptions.StopIteration)) {
                YieldNodes.YieldFrom.delegateStopped(f, it, e, node);
                return finish(f, g, YieldNodes.YieldFrom.stopValue(e));
            }
            throw node.trace(e, f);
        }

        private int finish(PyFrame f, GeneratorSteps g, PyObject result) {
            g.delegate = null;
            if (targets != null) {
                for (NameNodes.Target target : targets) {
                    target.assign(f, result);
                }
            }
            return StmtNode.NORMAL;
        }
    }

    /** {@code if} with a yield in a branch (StmtNodes.If). */
    static final class IfStep extends Step {
        private final StmtNodes.If node;
        private final Step[] bodySteps;
        private final Step[] elseSteps;
        private final int slot;

        IfStep(StmtNodes.If node, Step[] bodySteps, Step[] elseSteps, int slot) {
            this.node = node;
            this.bodySteps = bodySteps;
            this.elseSteps = elseSteps;
            this.slot = slot;
        }

        @Override
        int run(PyFrame f, GeneratorSteps g) {
            f.lineno = node.line;
            if (Truth.test(node.test, f)) {
                return runBlock(node.body, bodySteps, 0, 0, slot, f, g);
            }
            return runBlock(node.orelse, elseSteps, 0, node.body.length, slot, f, g);
        }

        @Override
        int resume(PyFrame f, GeneratorSteps g) {
            int p = g.positions[slot];
            int n = node.body.length;
            if (p < n) {
                return resumeBlock(node.body, bodySteps, p, 0, slot, f, g);
            }
            return resumeBlock(node.orelse, elseSteps, p - n, n, slot, f, g);
        }
    }

    /** {@code while} with a yield in its body or {@code else:} (StmtNodes.While). */
    static final class WhileStep extends Step {
        private final StmtNodes.While node;
        private final Step[] bodySteps;
        private final Step[] elseSteps;
        private final int slot;

        WhileStep(StmtNodes.While node, Step[] bodySteps, Step[] elseSteps, int slot) {
            this.node = node;
            this.bodySteps = bodySteps;
            this.elseSteps = elseSteps;
            this.slot = slot;
        }

        @Override
        int run(PyFrame f, GeneratorSteps g) {
            return loop(f, g, false);
        }

        private int loop(PyFrame f, GeneratorSteps g, boolean back) {
            StmtNodes.While n = node;
            while (true) {
                ThreadState.tick();
                if (back && f.trace != null) {
                    Tracing.lineAgain(f, n.line);
                }
                back = true;
                f.lineno = n.line;
                if (!Truth.test(n.test, f)) {
                    break;
                }
                int r = runBlock(n.body, bodySteps, 0, 0, slot, f, g);
                if (r != StmtNode.NORMAL && r != StmtNode.CONTINUE) {
                    return r == StmtNode.BREAK ? StmtNode.NORMAL : r;
                }
                if (dev.krait.runtime.Signals.pending) {
                    StmtNodes.safePoint(n, f);
                }
            }
            return runBlock(n.orelse, elseSteps, 0, n.body.length, slot, f, g);
        }

        @Override
        int resume(PyFrame f, GeneratorSteps g) {
            int p = g.positions[slot];
            int n = node.body.length;
            if (p >= n) {
                return resumeBlock(node.orelse, elseSteps, p - n, n, slot, f, g);
            }
            int r = resumeBlock(node.body, bodySteps, p, 0, slot, f, g);
            if (r != StmtNode.NORMAL && r != StmtNode.CONTINUE) {
                return r == StmtNode.BREAK ? StmtNode.NORMAL : r;
            }
            if (dev.krait.runtime.Signals.pending) {
                StmtNodes.safePoint(node, f);
            }
            return loop(f, g, true);
        }
    }

    /** {@code for} with a yield in its body or {@code else:} (StmtNodes.For). */
    static final class ForStep extends Step {
        private final StmtNodes.For node;
        private final Step[] bodySteps;
        private final Step[] elseSteps;
        private final int slot;

        ForStep(StmtNodes.For node, Step[] bodySteps, Step[] elseSteps, int slot) {
            this.node = node;
            this.bodySteps = bodySteps;
            this.elseSteps = elseSteps;
            this.slot = slot;
        }

        @Override
        int run(PyFrame f, GeneratorSteps g) {
            f.lineno = node.line;
            PyObject iterable = node.iter.eval(f);
            PyObject it;
            try {
                it = Iteration.iter(iterable);
            } catch (PyException e) {
                throw node.trace(e, f);
            }
            boolean own = it instanceof PyGenerator gen && node.owns(gen);
            g.iterators[slot] = it;
            g.owned[slot] = own;
            return loop(f, g, it, own, false);
        }

        /**
         * The loop from its next item on. A generator the loop owns is closed when the loop is
         * left early or by an exception, as StmtNodes.For.loopOwning does; that loop neither
         * ticks nor looks for Ctrl-C, and neither does this one then.
         */
        private int loop(PyFrame f, GeneratorSteps g, PyObject it, boolean own, boolean back) {
            StmtNodes.For n = node;
            try {
                while (true) {
                    if (back && f.trace != null) {
                        Tracing.lineAgain(f, n.line);
                    }
                    back = true;
                    PyObject v;
                    try {
                        v = f.trace == null ? Iteration.next(it)
                                : dev.krait.runtime.Tracing.loopNext(f, it, n.line);
                    } catch (PyException e) {
                        throw n.trace(e, f);
                    }
                    if (v == null) {
                        break;
                    }
                    if (!own) {
                        ThreadState.tick();
                    }
                    n.target.assign(f, v);
                    int r = runBlock(n.body, bodySteps, 0, 0, slot, f, g);
                    if (r != StmtNode.NORMAL && r != StmtNode.CONTINUE) {
                        return leave(f, g, it, own, r);
                    }
                    if (!own && dev.krait.runtime.Signals.pending) {
                        StmtNodes.safePoint(n, f);
                    }
                }
                g.iterators[slot] = null;
                return runBlock(n.orelse, elseSteps, 0, n.body.length, slot, f, g);
            } catch (PyException e) {
                throw left(f, g, it, own, e);
            }
        }

        /** How the loop leaves on {@code r}: suspended at a yield, or by break or return. */
        private int leave(PyFrame f, GeneratorSteps g, PyObject it, boolean own, int r) {
            if (r == YIELD) {
                return r;
            }
            g.iterators[slot] = null;
            if (own) {
                StmtNodes.For.closeOwned(f, (PyGenerator) it);
            }
            return r == StmtNode.BREAK ? StmtNode.NORMAL : r;
        }

        private PyException left(PyFrame f, GeneratorSteps g, PyObject it, boolean own,
                PyException e) {
            g.iterators[slot] = null;
            if (own) {
                StmtNodes.For.closeOwned(f, (PyGenerator) it);
            }
            return e;
        }

        @Override
        int resume(PyFrame f, GeneratorSteps g) {
            int p = g.positions[slot];
            int n = node.body.length;
            if (p >= n) {
                return resumeBlock(node.orelse, elseSteps, p - n, n, slot, f, g);
            }
            PyObject it = g.iterators[slot];
            boolean own = g.owned[slot];
            int r;
            try {
                r = resumeBlock(node.body, bodySteps, p, 0, slot, f, g);
            } catch (PyException e) {
                throw left(f, g, it, own, e);
            }
            if (r != StmtNode.NORMAL && r != StmtNode.CONTINUE) {
                return leave(f, g, it, own, r);
            }
            if (!own && dev.krait.runtime.Signals.pending) {
                StmtNodes.safePoint(node, f);
            }
            return loop(f, g, it, own, true);
        }
    }
}
