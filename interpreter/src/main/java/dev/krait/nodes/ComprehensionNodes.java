package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
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

        public Clause(NameNodes.Target target, ExprNode iter, ExprNode[] ifs) {
            this.target = target;
            this.iter = iter;
            this.ifs = ifs;
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
                    it = Ops.iter(iterable);
                } catch (PyException e) {
                    throw clause.iter.trace(e, f);
                }
            }
            while (true) {
                PyObject v;
                try {
                    v = Ops.next(it);
                } catch (PyException e) {
                    throw trace(e, f);
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

    /** Calls the comprehension's function with the outermost iterable's iterator. */
    public static final class Run extends ExprNode {
        final FunctionNodes.MakeFunction function;
        final ExprNode outermost;

        public Run(FunctionNodes.MakeFunction function, ExprNode outermost, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.function = function;
            this.outermost = outermost;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = function.eval(f);
            PyObject iterable = outermost.eval(f);
            try {
                PyObject it = Ops.iter(iterable);
                return Ops.call(fn, it);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }
}
