package dev.krait.modules.decimal;

import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code decimal.SignalDictMixin}: the mapping from signal classes to booleans that a
 * context's {@code flags} and {@code traps} attributes show, reading and writing one of the
 * context's bit words. The module makes the class programs see, {@code SignalDict}, from this
 * mixin and {@code collections.abc.MutableMapping}, as CPython's module does, so that
 * {@code keys()}, {@code items()}, {@code get()} and the rest come from the ABC.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code PyDecSignalDictMixin_Type}.
 */
public class PySignalDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("SignalDictMixin", PySignalDict.class,
            null).withModule("decimal");

    static {
        // CPython: PyObject_HashNotImplemented, seen from Python as __hash__ = None.
        TYPE.setTypeAttribute("__hash__", dev.krait.objects.PyNone.NONE);
    }

    /** The context whose word this dict shows; null for a dict made by calling the class. */
    private PyDecContext ctx;
    private boolean traps;

    PySignalDict(PyType type) {
        super(type);
    }

    /** The signal dict of a context's flags or traps, of the module's SignalDict class. */
    static PySignalDict create(PyDecContext ctx, boolean traps) {
        PyType t = Signals.state().signalDictType;
        PySignalDict d = new PySignalDict(t == null ? TYPE : t);
        d.ctx = ctx;
        d.traps = traps;
        return d;
    }

    int word() {
        if (ctx == null) {
            throw PyExceptions.valueError("invalid signal dict");
        }
        return traps ? ctx.traps : ctx.status;
    }

    private void setWord(int w) {
        if (ctx == null) {
            throw PyExceptions.valueError("invalid signal dict");
        }
        if (traps) {
            ctx.traps = w;
        } else {
            ctx.status = w;
        }
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PySignalDict(cls);
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        word();
        return Signals.SIGNAL_NAMES.length;
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        word();
        return Iteration.iter(Signals.state().signalTuple);
    }

    // CPython: _decimal.c signaldict_getitem
    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        int w = word();
        return PyBool.of((w & Signals.state().flagOf(key)) != 0);
    }

    // CPython: _decimal.c signaldict_setitem
    @Exposed(value = "__setitem__($self, key, value, /)")
    public void __setitem__(PyObject key, PyObject value) {
        int w = word();
        int flag = Signals.state().flagOf(key);
        setWord(Ops.isTrue(value) ? w | flag : w & ~flag);
    }

    @Exposed("__delitem__($self, key, /)")
    public void __delitem__(PyObject key) {
        throw PyExceptions.valueError("signal keys cannot be deleted");
    }

    // CPython: _decimal.c signaldict_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        int w = word();
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < Signals.SIGNAL_NAMES.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("<class 'decimal.").append(Signals.SIGNAL_NAMES[i]).append("'>:")
                    .append((w & Signals.SIGNAL_FLAGS[i]) != 0 ? "True" : "False");
        }
        return sb.append('}').toString();
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }

    // CPython: _decimal.c signaldict_richcompare
    private PyObject compare(PyObject o, CompareOp op) {
        int mine = word();
        int other;
        if (o instanceof PySignalDict sd) {
            other = sd.word();
        } else if (o instanceof PyDict pd) {
            if (pd.size() == 0) {
                // CPython 3.11.7 checks the other operand's flag pointer without checking its
                // type; for a dict that reads ma_used, so an empty dict is "invalid".
                throw PyExceptions.valueError("invalid signal dict");
            }
            try {
                other = PyDecContext.dictAsFlags(o);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(PyExceptions.KeyError)
                        || e.value.type().isSubtypeOf(PyExceptions.TypeError)) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                throw e;
            }
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of((mine == other) ^ (op == CompareOp.NE));
    }

    // CPython: _decimal.c signaldict_copy (flags_as_dict)
    @Exposed("copy($self, /)")
    public PyObject copy() {
        Signals.State st = Signals.state();
        int w = word();
        PyDict d = new PyDict();
        for (int i = 0; i < st.signals.length; i++) {
            d.setItem(st.signals[i], PyBool.of((w & Signals.SIGNAL_FLAGS[i]) != 0));
        }
        return d;
    }
}
