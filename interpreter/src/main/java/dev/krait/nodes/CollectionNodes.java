package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Displays: tuple, list, set and dict literals, with {@code *iterable} and {@code **mapping}
 * unpacking inside them.
 */
public final class CollectionNodes {
    private CollectionNodes() {}

    /** A starred element ({@code *x}) inside a display or call: marks the item to expand. */
    public static final class Starred extends ExprNode {
        final ExprNode value;

        public Starred(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return value.eval(f);
        }
    }

    /** Evaluates items, expanding starred ones, into a Java list. */
    static List<PyObject> evalItems(ExprNode[] items, PyFrame f, Node site) {
        List<PyObject> out = new ArrayList<>(items.length);
        for (ExprNode item : items) {
            if (item instanceof Starred s) {
                PyObject v = s.value.eval(f);
                try {
                    out.addAll(Iteration.toList(v));
                } catch (PyException e) {
                    if (e.matches(PyExceptions.TypeError) && v.type().lookup("__iter__") == null
                            && v.type().lookup("__getitem__") == null) {
                        throw site.trace(PyExceptions.typeError("Value after * must be an "
                                + "iterable, not " + v.type().getName()), f);
                    }
                    throw site.trace(e, f);
                }
            } else {
                out.add(item.eval(f));
            }
        }
        return out;
    }

    static boolean hasStar(ExprNode[] items) {
        for (ExprNode i : items) {
            if (i instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    public static final class TupleDisplay extends ExprNode {
        final ExprNode[] items;
        final boolean star;

        public TupleDisplay(ExprNode[] items, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.items = items;
            this.star = hasStar(items);
        }

        @Override
        public PyObject eval(PyFrame f) {
            if (!star) {
                PyObject[] values = new PyObject[items.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = items[i].eval(f);
                }
                return PyTuple.of(values);
            }
            return PyTuple.ofList(evalItems(items, f, this));
        }
    }

    public static final class ListDisplay extends ExprNode {
        final ExprNode[] items;

        public ListDisplay(ExprNode[] items, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.items = items;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return new PyList(evalItems(items, f, this));
        }
    }

    public static final class SetDisplay extends ExprNode {
        final ExprNode[] items;
        /** The frozenset CPython compiles a display of constants to, else null. */
        private final dev.krait.objects.PyFrozenSet constant;

        public SetDisplay(ExprNode[] items, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.items = items;
            this.constant = SetSupport.constantElements(items);
        }

        @Override
        public PyObject eval(PyFrame f) {
            if (constant != null) {
                return SetSupport.newSet(constant);
            }
            List<PyObject> values = evalItems(items, f, this);
            try {
                return SetSupport.newSet(values);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /**
     * {@code {k: v, **m}}; a null key marks a {@code **mapping} entry. Built as CPython 3.11's
     * compiler builds it (Python/compile.c compiler_dict): runs of pairs are evaluated, key and
     * value left to right, then made into one presized dict ({@code BUILD_MAP}, whose keys are
     * hashed only after all of them are evaluated); a run ends at a {@code **} entry or at its
     * 17th pair; each later run and mapping is merged into the first dict ({@code DICT_UPDATE}).
     */
    public static final class DictDisplay extends ExprNode {
        /**
         * CPython's compiler keeps at most about this many items on the stack: a run of pairs
         * ends when more than this would wait, and a run that long sets its pairs one by one.
         */
        private static final int STACK_USE_GUIDELINE = 30;

        final ExprNode[] keys;
        final ExprNode[] values;

        public DictDisplay(ExprNode[] keys, ExprNode[] values, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.keys = keys;
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyDict d = null;
            int waiting = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    if (waiting > 0) {
                        d = merge(d, run(f, i - waiting, i), f);
                        waiting = 0;
                    }
                    if (d == null) {
                        d = new PyDict();
                    }
                    PyObject m = values[i].eval(f);
                    try {
                        if (!(m instanceof PyDict)
                                && Attributes.lookupAttrOrNull(m, "keys") == null) {
                            throw PyExceptions.typeError("'" + m.type().getName()
                                    + "' object is not a mapping");
                        }
                        d.mergeFrom(m);
                    } catch (PyException e) {
                        throw trace(e, f);
                    }
                } else if (waiting * 2 > STACK_USE_GUIDELINE) {
                    d = merge(d, run(f, i - waiting, i + 1), f);
                    waiting = 0;
                } else {
                    waiting++;
                }
            }
            if (waiting > 0) {
                d = merge(d, run(f, keys.length - waiting, keys.length), f);
            }
            return d != null ? d : new PyDict();
        }

        /**
         * The pairs [from, to) evaluated, then set into a dict presized for them; a run of 16
         * or 17 (CPython's "big" one, {@code BUILD_MAP 0} then {@code MAP_ADD} each) sets each
         * pair as soon as it is evaluated.
         */
        // CPython: Python/compile.c compiler_subdict, Python/ceval.c BUILD_MAP and MAP_ADD,
        // Objects/dictobject.c _PyDict_FromItems
        private PyDict run(PyFrame f, int from, int to) {
            int n = to - from;
            if (n * 2 > STACK_USE_GUIDELINE) {
                PyDict d = new PyDict();
                for (int i = from; i < to; i++) {
                    PyObject k = keys[i].eval(f);
                    PyObject v = values[i].eval(f);
                    try {
                        d.setItem(k, v);
                    } catch (PyException e) {
                        throw trace(e, f);
                    }
                }
                return d;
            }
            PyObject[] items = new PyObject[2 * n];
            boolean allStr = true;
            for (int i = 0; i < n; i++) {
                PyObject k = keys[from + i].eval(f);
                items[2 * i] = k;
                items[2 * i + 1] = values[from + i].eval(f);
                allStr &= k.type() == PyStr.TYPE;
            }
            PyDict d = PyDict.presized(n, allStr);
            try {
                for (int i = 0; i < n; i++) {
                    d.setItem(items[2 * i], items[2 * i + 1]);
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
            return d;
        }

        private PyDict merge(PyDict d, PyDict run, PyFrame f) {
            if (d == null) {
                return run;
            }
            try {
                d.mergeFrom(run);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return d;
        }
    }
}
