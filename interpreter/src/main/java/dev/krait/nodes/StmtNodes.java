package dev.krait.nodes;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyGenerator;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyRange;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Errors;
import dev.krait.runtime.ThreadState;

/**
 * Simple statements and the loops: expression statements, assignments, augmented assignments,
 * {@code pass}, {@code if}, {@code while}, {@code for}, {@code break}, {@code continue},
 * {@code return}. Each statement records its line in the frame as it starts, which is the
 * frame's {@code f_lineno}.
 */
public final class StmtNodes {
    private StmtNodes() {}

    public static final class ExprStmt extends StmtNode {
        final ExprNode value;

        public ExprStmt(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            value.eval(f);
            return NORMAL;
        }
    }

    /** {@code a = b = value}: the value once, then each target from left to right. */
    public static final class Assign extends StmtNode {
        final NameNodes.Target[] targets;
        final ExprNode value;

        public Assign(NameNodes.Target[] targets, ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.targets = targets;
            this.value = value;
            this.fastSlot = targets.length == 1 && targets[0] instanceof NameNodes.StoreFast s
                    ? s.slot : -1;
        }

        /** The local slot of the one target when it is a plain local, else -1. */
        private final int fastSlot;

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject v = value.eval(f);
            if (fastSlot >= 0) {
                f.fast[fastSlot] = v;
                return NORMAL;
            }
            for (NameNodes.Target t : targets) {
                t.assign(f, v);
            }
            return NORMAL;
        }
    }

    /**
     * {@code a, b = b, a}: a tuple of targets assigned a tuple display of as many values, none
     * starred. The values are evaluated left to right, then stored left to right, as
     * building the tuple and unpacking it would, without the tuple (CPython 3.11 compiles two
     * and three such values to SWAP rather than BUILD_TUPLE and UNPACK_SEQUENCE).
     */
    public static final class ParallelAssign extends StmtNode {
        final NameNodes.Target[] targets;
        final ExprNode[] values;

        public ParallelAssign(NameNodes.Target[] targets, ExprNode[] values, int l, int c,
                int el, int ec) {
            super(l, c, el, ec);
            this.targets = targets;
            this.values = values;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            if (values.length == 2) {
                PyObject a = values[0].eval(f);
                PyObject b = values[1].eval(f);
                targets[0].assign(f, a);
                targets[1].assign(f, b);
                return NORMAL;
            }
            PyObject[] v = new PyObject[values.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values[i].eval(f);
            }
            for (int i = 0; i < v.length; i++) {
                targets[i].assign(f, v[i]);
            }
            return NORMAL;
        }
    }

    /** {@code x op= v} where x is a name: read, operate in place, write back. */
    public static final class AugAssignName extends StmtNode {
        final ExprNode read;
        final NameNodes.Target write;
        final BinaryOp op;
        final ExprNode value;

        public AugAssignName(ExprNode read, NameNodes.Target write, BinaryOp op, ExprNode value,
                int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.read = read;
            this.write = write;
            this.op = op;
            this.value = value;
            this.readSlot = Operand.slotOf(read);
            this.writeSlot = write instanceof NameNodes.StoreFast s ? s.slot : -1;
            this.valueConstant = Operand.constantOf(value);
            this.valueSlot = Operand.slotOf(value);
        }

        /** Locals and constants read and written in place ({@link Operand}): {@code i += 1}. */
        private final int readSlot;
        private final int writeSlot;
        private final PyObject valueConstant;
        private final int valueSlot;

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject a = Operand.read(read, null, readSlot, f);
            PyObject b = Operand.read(value, valueConstant, valueSlot, f);
            PyObject r;
            try {
                r = Inplace.apply(a, b, op);
            } catch (PyException e) {
                throw trace(e, f);
            }
            if (writeSlot >= 0) {
                f.fast[writeSlot] = r;
            } else {
                write.assign(f, r);
            }
            return NORMAL;
        }
    }

    /** {@code obj.attr op= v}: the object is evaluated once. */
    public static final class AugAssignAttr extends StmtNode {
        final ExprNode object;
        final String name;
        final BinaryOp op;
        final ExprNode value;

        private final PyStr key;
        /** What the read and the write learnt about the types met; see {@link AttrCache}. */
        private AttrCache readCache;
        private AttrCache writeCache;

        public AugAssignAttr(ExprNode object, String name, BinaryOp op, ExprNode value, int l,
                int c, int el, int ec) {
            super(l, c, el, ec);
            this.object = object;
            this.name = name;
            this.op = op;
            this.value = value;
            this.key = PyStr.intern(name);
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject obj = object.eval(f);
            try {
                PyObject a = null;
                if (!(obj instanceof PyType)) {
                    PyType t = obj.type();
                    AttrCache c = AttrCache.find(readCache, t);
                    if (c == null) {
                        c = AttrCache.forRead(readCache, t, name);
                        readCache = c;
                    }
                    a = AccessNodes.readCached(c, obj, key);
                }
                if (a == null) {
                    a = Attributes.getAttr(obj, name);
                }
                PyObject r = Inplace.apply(a, value.eval(f), op);
                if (!(obj instanceof PyType)) {
                    // The type may have changed in between (obj.__class__ = ... in __iadd__).
                    PyType t = obj.type();
                    AttrCache c = AttrCache.find(writeCache, t);
                    if (c == null) {
                        c = AttrCache.forWrite(writeCache, t, name);
                        writeCache = c;
                    }
                    if (AccessNodes.writeCached(c, obj, key, r)) {
                        return NORMAL;
                    }
                }
                Attributes.setAttr(obj, name, r);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return NORMAL;
        }
    }

    /** {@code obj[key] op= v}: object and key are evaluated once. */
    public static final class AugAssignSubscript extends StmtNode {
        final ExprNode object;
        final ExprNode index;
        final BinaryOp op;
        final ExprNode value;

        public AugAssignSubscript(ExprNode object, ExprNode index, BinaryOp op, ExprNode value,
                int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.object = object;
            this.index = index;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject obj = object.eval(f);
            PyObject key = index.eval(f);
            try {
                PyObject a = Containers.getItem(obj, key);
                PyObject b = value.eval(f);
                Containers.setItem(obj, key, Inplace.apply(a, b, op));
            } catch (PyException e) {
                throw trace(e, f);
            }
            return NORMAL;
        }
    }

    public static final class Pass extends StmtNode {
        public Pass(int l, int c, int el, int ec) {
            super(l, c, el, ec);
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            return NORMAL;
        }
    }

    public static final class Block extends StmtNode {
        final StmtNode[] body;

        public Block(StmtNode[] body, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            return execBlock(body, f);
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.PLAIN);
        }
    }

    public static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode[] body;
        final StmtNode[] orelse;

        public If(ExprNode test, StmtNode[] body, StmtNode[] orelse, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            if (Truth.test(test, f)) {
                return execBlock(body, f);
            }
            return execBlock(orelse, f);
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.PLAIN);
            out.add(orelse, Jumps.Kind.PLAIN);
        }
    }

    public static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode[] body;
        final StmtNode[] orelse;

        public While(ExprNode test, StmtNode[] body, StmtNode[] orelse, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            while (true) {
                ThreadState.tick();
                f.lineno = line;
                if (!Truth.test(test, f)) {
                    break;
                }
                int r = execBlock(body, f);
                if (r == BREAK) {
                    return NORMAL;
                }
                if (r >= RETURN) {
                    return r;
                }
                if (dev.krait.runtime.Signals.pending) {
                    safePoint(this, f);
                }
                if (f.trace != null && backEdge(f)) {
                    return JUMP;
                }
            }
            return execBlock(orelse, f);
        }

        /**
         * The test again (CPython: Python/compile.c compiler_while), or, for a constant test,
         * the jump back to the header's NOP; true if the tracer jumped from there.
         */
        private boolean backEdge(PyFrame f) {
            dev.krait.runtime.Tracing.backEdge(f, line);
            return f.pendingJump() != null;
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.PLAIN);
            out.add(orelse, Jumps.Kind.PLAIN);
        }

        @Override
        int execAt(PyFrame f, StmtNode[] clause, Jumps.Entry entry) {
            int r = entry.run(f);
            if (clause == orelse) {
                return r;
            }
            if (r == BREAK) {
                return NORMAL;
            }
            if (r >= RETURN) {
                return r;
            }
            if (f.trace != null && backEdge(f)) {
                return JUMP;
            }
            return exec(f);
        }
    }

    /** A loop's back edge: where a pending Ctrl-C becomes KeyboardInterrupt (ceval's breaker). */
    static void safePoint(StmtNode loop, PyFrame f) {
        try {
            dev.krait.runtime.Signals.deliver();
        } catch (PyException e) {
            throw loop.trace(e, f);
        }
    }

    public static final class For extends StmtNode {
        final NameNodes.Target target;
        final ExprNode iter;
        final StmtNode[] body;
        final StmtNode[] orelse;

        public For(NameNodes.Target target, ExprNode iter, StmtNode[] body, StmtNode[] orelse,
                int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.rangeCall = iter instanceof CallNodes.Call call
                    && call.func instanceof NameNodes.LoadGlobal && call.args.simple
                    && call.args.keywordValues.length == 0 && call.args.positional.length >= 1
                    && call.args.positional.length <= 3 ? call : null;
        }

        /**
         * The header's {@code range(...)} call with one to three plain positional arguments,
         * or null: such a loop counts in longs without making the range and its iterator.
         */
        private final CallNodes.Call rangeCall;

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            PyObject iterable;
            if (rangeCall != null) {
                PyObject callable = rangeCall.func.eval(f);
                if (callable == PyRange.TYPE) {
                    return loopRange(f);
                }
                iterable = rangeCall.evalWith(f, callable);
            } else {
                iterable = iter.eval(f);
            }
            return loop(f, iterable);
        }

        /**
         * {@code for target in range(...)}, {@code range} being the builtin: over exact ints
         * that fit a long, the items are counted here; nothing else can see the range object
         * or its iterator, so not making them changes nothing observable. Other arguments
         * make the range as the call would.
         */
        private int loopRange(PyFrame f) {
            ExprNode[] argNodes = rangeCall.args.positional;
            PyObject[] values = new PyObject[argNodes.length];
            boolean exact = true;
            for (int i = 0; i < argNodes.length; i++) {
                PyObject v = argNodes[i].eval(f);
                values[i] = v;
                exact &= v.type() == PyInt.TYPE && ((PyInt) v).isSmall();
            }
            if (exact) {
                long start = 0;
                long stop;
                long step = 1;
                if (values.length == 1) {
                    stop = ((PyInt) values[0]).longValue();
                } else {
                    start = ((PyInt) values[0]).longValue();
                    stop = ((PyInt) values[1]).longValue();
                    if (values.length == 3) {
                        step = ((PyInt) values[2]).longValue();
                    }
                }
                long n = step == 0 ? -1 : PyRange.smallLength(start, stop, step);
                if (n >= 0) {
                    return countLoop(f, start, step, n);
                }
            }
            PyObject range;
            try {
                range = Ops.call(PyRange.TYPE, values, null);
            } catch (PyException e) {
                throw rangeCall.trace(e, f);
            }
            return loop(f, range);
        }

        /** The loop over {@code start + i * step} for i below {@code n}. */
        private int countLoop(PyFrame f, long start, long step, long n) {
            for (long i = 0; i < n; i++) {
                ThreadState.tick();
                target.assign(f, PyInt.of(start + i * step));
                int end = endOfPass(f, execBlock(body, f));
                if (end != GO_ON) {
                    return end;
                }
            }
            return execBlock(orelse, f);
        }

        private int loop(PyFrame f, PyObject iterable) {
            PyObject it;
            try {
                it = Iteration.iter(iterable);
            } catch (PyException e) {
                // CPython's GET_ITER and FOR_ITER carry the whole statement's span: no markers.
                throw trace(e, f);
            }
            if (it instanceof PyGenerator g && owns(g)) {
                return loopOwning(f, g);
            }
            while (true) {
                PyObject v;
                try {
                    v = Iteration.next(it);
                } catch (PyException e) {
                    throw trace(e, f);
                }
                if (v == null) {
                    if (f.trace != null) {
                        traceEnd(f, it);
                    }
                    break;
                }
                ThreadState.tick();
                target.assign(f, v);
                int end = endOfPass(f, execBlock(body, f));
                if (end != GO_ON) {
                    return end;
                }
            }
            return execBlock(orelse, f);
        }

        /**
         * The iterator is exhausted: CPython's FOR_ITER reports the StopIteration it finds to
         * the tracer ({@code exception} event), which a generator returning a value and an
         * iterator written in Python raise, and an exhausted builtin iterator does not.
         */
        // CPython: Python/ceval.c FOR_ITER (call_exc_trace)
        private static void traceEnd(PyFrame f, PyObject it) {
            PyObject value = it instanceof PyGenerator g ? g.returnValueOrNone() : PyNone.NONE;
            if (value != PyNone.NONE || !it.type().isBuiltin()) {
                dev.krait.runtime.Tracing.exception(f, PyExceptions.stopIteration(value).value);
            }
        }

        /** {@link #endOfPass}'s answer when the loop goes on to its next item. */
        private static final int GO_ON = -1;

        /**
         * What the end of one pass through the body, which ended with {@code r}, means for the
         * loop: {@link #GO_ON}, or the loop's own result (a break ends it normally; a return
         * or a tracer's jump passes up). Pending signals are handled here, at the back edge.
         */
        private int endOfPass(PyFrame f, int r) {
            if (r == BREAK) {
                return NORMAL;
            }
            if (r >= RETURN) {
                return r;
            }
            if (dev.krait.runtime.Signals.pending) {
                safePoint(this, f);
            }
            if (f.trace != null && backEdge(f)) {
                return JUMP;
            }
            return GO_ON;
        }

        /** The jump back to FOR_ITER, on the header's line; true if the tracer jumped. */
        private boolean backEdge(PyFrame f) {
            dev.krait.runtime.Tracing.backEdge(f, line);
            return f.pendingJump() != null;
        }

        @Override
        void clauses(Jumps.Clauses out) {
            out.add(body, Jumps.Kind.FOR);
            out.add(orelse, Jumps.Kind.PLAIN);
        }

        /**
         * Whether the loop holds the only reference to generator {@code g}: a generator that a
         * call in the {@code for} header has just made and nobody has run. In CPython that
         * generator dies when the loop ends early, and its finalizer closes it (running its
         * {@code finally} blocks) right there; Krait has no reference counts, so the loop closes
         * it itself.
         */
        boolean owns(PyGenerator g) {
            return !g.isStarted() && iter instanceof CallNodes.Call;
        }

        /** The loop over an owned generator, closing it when the loop is left early. */
        private int loopOwning(PyFrame f, PyGenerator g) {
            int r;
            try {
                while (true) {
                    PyObject v;
                    try {
                        v = g.nextOrNull();
                    } catch (PyException e) {
                        throw trace(e, f);
                    }
                    if (v == null) {
                        if (f.trace != null) {
                            traceEnd(f, g);
                        }
                        return execBlock(orelse, f);
                    }
                    ThreadState.tick();
                    target.assign(f, v);
                    r = endOfPass(f, execBlock(body, f));
                    if (r != GO_ON) {
                        break;
                    }
                }
            } catch (PyException e) {
                closeOwned(f, g);
                throw e;
            }
            closeOwned(f, g);
            return r;
        }

        /** CPython: Objects/genobject.c _PyGen_Finalize -- errors in close are unraisable. */
        static void closeOwned(PyFrame f, PyGenerator g) {
            try {
                g.close();
            } catch (PyException e) {
                // The finalizer runs where the loop let go of the generator: this frame's line.
                e.value.addTraceback(f, f.lineno, -1, f.lineno, -1);
                Errors.writeUnraisable(g, e.value);
            }
        }
    }

    public static final class Break extends StmtNode {
        public Break(int l, int c, int el, int ec) {
            super(l, c, el, ec);
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            return BREAK;
        }
    }

    public static final class Continue extends StmtNode {
        public Continue(int l, int c, int el, int ec) {
            super(l, c, el, ec);
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            return CONTINUE;
        }
    }

    public static final class Return extends StmtNode {
        final ExprNode value;

        private final PyObject valueConstant;
        private final int valueSlot;

        public Return(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.valueConstant = value == null ? dev.krait.objects.PyNone.NONE
                    : Operand.constantOf(value);
            this.valueSlot = value == null ? -1 : Operand.slotOf(value);
        }

        @Override
        public int exec(PyFrame f) {
            f.lineno = line;
            f.returnValue = Operand.read(value, valueConstant, valueSlot, f);
            return RETURN;
        }
    }
}
