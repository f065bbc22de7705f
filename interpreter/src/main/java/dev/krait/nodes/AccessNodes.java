package dev.krait.nodes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Descriptor;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyList;
import dev.krait.objects.PyMethod;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.TypeSlot;
import java.util.ArrayList;
import java.util.List;

/**
 * Attribute and subscript access — loads, stores and deletes — and the unpacking targets of
 * assignment ({@code a, *b, c = ...}).
 */
public final class AccessNodes {
    private AccessNodes() {}

    public static final class GetAttr extends ExprNode {
        final ExprNode value;
        final String name;
        private final PyStr key;

        /** The local slot of the object when it is a local ({@code self.x}), or -1. */
        private final int valueSlot;

        public GetAttr(ExprNode value, String name, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.name = name;
            this.key = PyStr.intern(name);
            this.valueSlot = Operand.slotOf(value);
        }

        /** What this node learnt about the types it met; see {@link AttrCache}. */
        private AttrCache cache;
        /** What it learnt about the type objects it read from ({@code Cls.name}). */
        private AttrCache classCache;

        @Override
        public PyObject eval(PyFrame f) {
            PyObject obj = Operand.read(value, null, valueSlot, f);
            try {
                PyObject v;
                if (obj instanceof PyType cls) {
                    v = readClass(cls);
                } else {
                    PyType t = obj.type();
                    AttrCache c = AttrCache.find(cache, t);
                    if (c == null) {
                        c = AttrCache.forRead(cache, t, name);
                        cache = c;
                    }
                    v = readCached(c, obj, key);
                }
                if (v != null) {
                    return v;
                }
                return Attributes.getAttr(obj, name);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        /** {@code cls.name} as the class chain says, or null; apart to keep eval small. */
        private PyObject readClass(PyType cls) {
            AttrCache c = AttrCache.findClass(classCache, cls);
            if (c == null) {
                c = AttrCache.forClassRead(classCache, cls, name);
                classCache = c;
            }
            return readClassCached(c, cls, key);
        }
    }

    /**
     * The value of {@code obj.key} as the cache entry for obj's type says it resolves, or null
     * when the full protocol must answer (a generic entry, a miss in the instance dict).
     * CPython: Objects/object.c _PyObject_GenericGetAttrWithDict, for the cases the entry names.
     */
    static PyObject readCached(AttrCache c, PyObject obj, PyStr key) {
        switch (c.kind) {
            case AttrCache.DICT: {
                PyDict dict = obj.getDict();
                return dict == null ? null : c.instanceValue(dict, key);
            }
            case AttrCache.METHOD: {
                // an instance without a dict yet has nothing shadowing the class attribute
                PyDict dict = obj.existingDict();
                PyObject v = dict == null ? null : c.instanceValue(dict, key);
                if (v != null) {
                    return v;
                }
                PyObject fn = c.descr();
                return fn == null ? null : new PyMethod((PyFunction) fn, obj);
            }
            case AttrCache.CLASS_VALUE: {
                PyDict dict = obj.existingDict();
                PyObject v = dict == null ? null : c.instanceValue(dict, key);
                return v != null ? v : c.descr();
            }
            case AttrCache.SLOT: {
                // CPython: Objects/descrobject.c member_get (the type check is the entry's)
                PyObject[] slots = obj.slots;
                int i = c.slot;
                return slots != null && i < slots.length ? slots[i] : null;
            }
            case AttrCache.DATA_DESCRIPTOR:
                try {
                    PyObject d = c.descr();
                    return d == null ? null : ((Descriptor) d).get(obj, obj.type());
                } catch (PyException e) {
                    throw Attributes.withAttributeContext(e, obj, key.value());
                }
            default:
                return null;
        }
    }

    /**
     * The value of {@code cls.name} as the entry of a type object's chain says it resolves, or
     * null when the full protocol must answer. CPython: Objects/typeobject.c type_getattro,
     * for the cases the entry names.
     */
    static PyObject readClassCached(AttrCache c, PyType cls, PyStr key) {
        switch (c.kind) {
            case AttrCache.CLASS_ATTRIBUTE:
                return c.descr();
            case AttrCache.CLASS_INSTANCE: {
                PyObject v = c.descr();
                return v != null && v.type().lookupSlot(TypeSlot.GET) == null ? v : null;
            }
            case AttrCache.CLASS_DESCRIPTOR:
                try {
                    PyObject d = c.descr();
                    return d == null ? null : ((Descriptor) d).get(null, cls);
                } catch (PyException e) {
                    throw Attributes.withAttributeContext(e, cls, key.value());
                }
            default:
                return null;
        }
    }

    public static final class Subscript extends ExprNode {
        final ExprNode value;
        final ExprNode index;

        private final int valueSlot;
        private final PyObject indexConstant;
        private final int indexSlot;

        public Subscript(ExprNode value, ExprNode index, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.index = index;
            this.valueSlot = Operand.slotOf(value);
            this.indexConstant = Operand.constantOf(index);
            this.indexSlot = Operand.slotOf(index);
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject obj = Operand.read(value, null, valueSlot, f);
            if (index instanceof Slice slice) {
                return evalSlice(f, obj, slice);
            }
            PyObject key = Operand.read(index, indexConstant, indexSlot, f);
            try {
                return Containers.getItem(obj, key);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        /** {@code obj[a:b:c]}: an exact list, tuple or str sliced without a slice object. */
        private PyObject evalSlice(PyFrame f, PyObject obj, Slice slice) {
            PyObject a = slice.lower == null ? PyNone.NONE : slice.lower.eval(f);
            PyObject b = slice.upper == null ? PyNone.NONE : slice.upper.eval(f);
            PyObject s = slice.step == null ? PyNone.NONE : slice.step.eval(f);
            try {
                PyObject r = PySlice.getExact(obj, a, b, s);
                return r != null ? r : Containers.getItem(obj, new PySlice(a, b, s));
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    public static final class Slice extends ExprNode {
        final ExprNode lower;
        final ExprNode upper;
        final ExprNode step;

        public Slice(ExprNode lower, ExprNode upper, ExprNode step, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = lower == null ? PyNone.NONE : lower.eval(f);
            PyObject b = upper == null ? PyNone.NONE : upper.eval(f);
            PyObject s = step == null ? PyNone.NONE : step.eval(f);
            return new PySlice(a, b, s);
        }
    }

    /** {@code obj.name = value}. */
    public static final class AttrTarget extends Node implements NameNodes.Target {
        final ExprNode value;
        final String name;
        private final PyStr key;

        private final int valueSlot;

        public AttrTarget(ExprNode value, String name, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.name = name;
            this.key = PyStr.intern(name);
            this.valueSlot = Operand.slotOf(value);
        }

        /** What this node learnt about the types it met; see {@link AttrCache}. */
        private AttrCache cache;

        @Override
        public void assign(PyFrame f, PyObject v) {
            PyObject obj = Operand.read(value, null, valueSlot, f);
            try {
                if (!(obj instanceof PyType)) {
                    PyType t = obj.type();
                    AttrCache c = AttrCache.find(cache, t);
                    if (c == null) {
                        c = AttrCache.forWrite(cache, t, name);
                        cache = c;
                    }
                    if (writeCached(c, obj, key, v)) {
                        return;
                    }
                }
                Attributes.setAttr(obj, name, v);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /**
     * Stores {@code obj.key = v} as the cache entry for obj's type says it resolves; false when
     * the full protocol must do it. CPython: Objects/object.c _PyObject_GenericSetAttrWithDict.
     */
    static boolean writeCached(AttrCache c, PyObject obj, PyStr key, PyObject v) {
        if (c.kind == AttrCache.DICT) {
            PyDict dict = obj.getDict();
            if (dict != null) {
                c.store(dict, key, v);
                return true;
            }
        } else if (c.kind == AttrCache.SLOT) {
            // CPython: Objects/descrobject.c member_set; a slot array not made yet (an
            // instance of a subclass of a builtin) is made by the full protocol
            PyObject[] slots = obj.slots;
            int i = c.slot;
            if (slots != null && i < slots.length) {
                slots[i] = v;
                return true;
            }
        }
        return false;
    }

    /** {@code obj[key] = value}. */
    public static final class SubscriptTarget extends Node implements NameNodes.Target {
        final ExprNode value;
        final ExprNode index;

        private final int valueSlot;
        private final PyObject indexConstant;
        private final int indexSlot;

        public SubscriptTarget(ExprNode value, ExprNode index, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.index = index;
            this.valueSlot = Operand.slotOf(value);
            this.indexConstant = Operand.constantOf(index);
            this.indexSlot = Operand.slotOf(index);
        }

        @Override
        public void assign(PyFrame f, PyObject v) {
            PyObject obj = Operand.read(value, null, valueSlot, f);
            if (index instanceof Slice slice) {
                assignSlice(f, obj, slice, v);
                return;
            }
            PyObject key = Operand.read(index, indexConstant, indexSlot, f);
            try {
                Containers.setItem(obj, key, v);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }

        /** {@code obj[a:b:c] = v}: an exact list assigned without a slice object. */
        private void assignSlice(PyFrame f, PyObject obj, Slice slice, PyObject v) {
            PyObject a = slice.lower == null ? PyNone.NONE : slice.lower.eval(f);
            PyObject b = slice.upper == null ? PyNone.NONE : slice.upper.eval(f);
            PyObject s = slice.step == null ? PyNone.NONE : slice.step.eval(f);
            try {
                if (!Containers.setSliceExact(obj, a, b, s, v)) {
                    Containers.setItem(obj, new PySlice(a, b, s), v);
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    public static final class DelAttr extends StmtNode {
        final ExprNode value;
        final String name;

        public DelAttr(ExprNode value, String name, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.name = name;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject obj = value.eval(f);
            try {
                Attributes.delAttr(obj, name);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return NORMAL;
        }
    }

    public static final class DelSubscript extends StmtNode {
        final ExprNode value;
        final ExprNode index;

        public DelSubscript(ExprNode value, ExprNode index, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.index = index;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject obj = value.eval(f);
            PyObject key = index.eval(f);
            try {
                Containers.delItem(obj, key);
            } catch (PyException e) {
                throw trace(e, f);
            }
            return NORMAL;
        }
    }

    /**
     * {@code a, b = value} and {@code a, *rest, z = value}: unpacks an iterable with CPython's
     * messages ("not enough values to unpack (expected 3, got 2)").
     * CPython: Python/ceval.c unpack_iterable.
     */
    public static final class UnpackTarget extends Node implements NameNodes.Target {
        final NameNodes.Target[] targets;
        /** Index of the starred target, or -1. */
        final int starIndex;

        public UnpackTarget(NameNodes.Target[] targets, int starIndex, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.targets = targets;
            this.starIndex = starIndex;
        }

        @Override
        public void assign(PyFrame f, PyObject value) {
            PyObject[] values;
            try {
                values = unpackIterable(value, targets.length, starIndex);
            } catch (PyException e) {
                throw trace(e, f);
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].assign(f, values[i]);
            }
        }
    }

    /**
     * The {@code n} values of {@code value}, the one at {@code starIndex} (unless -1) a list
     * of what the others leave, with CPython's messages.
     * CPython: Python/ceval.c UNPACK_SEQUENCE, UNPACK_EX and unpack_iterable.
     */
    static PyObject[] unpackIterable(PyObject value, int n, int starIndex) {
        // CPython: UNPACK_SEQUENCE takes exact tuples and lists without iterating (a
        // subclass may have its own __iter__)
        if (starIndex < 0) {
            if (value.type() == PyTuple.TYPE && ((PyTuple) value).size() == n) {
                return ((PyTuple) value).items();
            }
            if (value.type() == PyList.TYPE && ((PyList) value).size() == n) {
                return ((PyList) value).items.toArray(new PyObject[n]);
            }
        }
        PyObject it;
        try {
            it = Iteration.iter(value);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)
                    && value.type().lookup("__iter__") == null
                    && value.type().lookup("__getitem__") == null) {
                throw PyExceptions.typeError("cannot unpack non-iterable "
                        + value.type().getName() + " object");
            }
            throw e;
        }
        PyObject[] out = new PyObject[n];
        if (starIndex < 0) {
            for (int i = 0; i < n; i++) {
                PyObject v = Iteration.next(it);
                if (v == null) {
                    throw PyExceptions.valueError("not enough values to unpack (expected " + n
                            + ", got " + i + ")");
                }
                out[i] = v;
            }
            if (Iteration.next(it) != null) {
                throw PyExceptions.valueError("too many values to unpack (expected " + n
                        + ")");
            }
            return out;
        }
        int before = starIndex;
        int after = n - starIndex - 1;
        for (int i = 0; i < before; i++) {
            PyObject v = Iteration.next(it);
            if (v == null) {
                throw PyExceptions.valueError("not enough values to unpack (expected at least "
                        + (before + after) + ", got " + i + ")");
            }
            out[i] = v;
        }
        List<PyObject> rest = new ArrayList<>();
        for (PyObject v = Iteration.next(it); v != null; v = Iteration.next(it)) {
            rest.add(v);
        }
        if (rest.size() < after) {
            throw PyExceptions.valueError("not enough values to unpack (expected at least "
                    + (before + after) + ", got " + (before + rest.size()) + ")");
        }
        List<PyObject> starred = new ArrayList<>(rest.subList(0, rest.size() - after));
        out[starIndex] = new PyList(starred);
        for (int i = 0; i < after; i++) {
            out[starIndex + 1 + i] = rest.get(rest.size() - after + i);
        }
        return out;
    }

    /**
     * The annotation {@code *Ts} of {@code *args}: the one value that iterating {@code Ts}
     * gives (for a TypeVarTuple, its unpacked form). CPython's compiler emits the value and
     * UNPACK_SEQUENCE 1 (Python/compile.c compiler_visit_argannotation).
     */
    public static final class StarredAnnotation extends ExprNode {
        final ExprNode value;

        public StarredAnnotation(ExprNode value, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            try {
                return unpackIterable(v, 1, -1)[0];
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }
}
