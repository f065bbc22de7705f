package dev.krait.modules.decimal;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code decimal.Context}: the precision, rounding mode, exponent limits, capitals and clamp
 * an operation works under, with the flags it has raised so far and the traps that turn a
 * flag into an exception. Flags and traps are bit words (libmpdec's status bits) shown to
 * Python as two signal dicts that read and write these words.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code PyDecContextObject},
 * {@code context_new}, {@code context_init}, {@code context_set*}, {@code context_repr}.
 */
public class PyDecContext extends PyObject {
    public static final PyType TYPE = PyType.builtin("Context", PyDecContext.class, null,
            ContextMethods.class, ContextOperations.class).withModule("decimal");

    static final long MAX_PREC = 999999999999999999L;
    static final long MAX_EMAX = 999999999999999999L;
    static final long MIN_EMIN = -999999999999999999L;
    static final long MIN_ETINY = MIN_EMIN - (MAX_PREC - 1);

    long prec = 28;
    int round = Rounding.HALF_EVEN;
    long emin = -999999;
    long emax = 999999;
    int capitals = 1;
    int clamp;
    int status;
    int traps = Signals.DEFAULT_TRAPS;
    private final PySignalDict flagsDict;
    private final PySignalDict trapsDict;

    PyDecContext(PyType type) {
        super(type);
        PyDecContext template = Signals.state().defaultTemplate;
        if (template != null) {
            copyFrom(template);
        }
        flagsDict = PySignalDict.create(this, false);
        trapsDict = PySignalDict.create(this, true);
    }

    void copyFrom(PyDecContext o) {
        prec = o.prec;
        round = o.round;
        emin = o.emin;
        emax = o.emax;
        capitals = o.capitals;
        clamp = o.clamp;
        status = o.status;
        traps = o.traps;
    }

    long etiny() {
        return emin - prec + 1;
    }

    long etop() {
        return emax - prec + 1;
    }

    /**
     * Adds conditions to the flags; if any is trapped, raises its signal.
     * CPython: _decimal.c dec_addstatus
     */
    void addStatus(int conditions) {
        if ((conditions & Signals.MALLOC_ERROR) != 0) {
            // CPython: dec_addstatus turns MPD_Malloc_error into MemoryError.
            status |= conditions & ~Signals.MALLOC_ERROR;
            throw Signals.noMemory();
        }
        status |= conditions;
        int trapped = conditions & traps;
        if (trapped != 0) {
            throw Signals.state().trapped(trapped);
        }
    }

    // CPython: _decimal.c context_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyDecContext(cls);
    }

    // CPython: _decimal.c context_init
    @Exposed(value = "__init__($self, /, prec=None, rounding=None, Emin=None, Emax=None, "
            + "capitals=None, clamp=None, flags=None, traps=None)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject prec, PyObject rounding, PyObject emin, PyObject emax,
            PyObject capitals, PyObject clamp, PyObject flags, PyObject traps) {
        setAll(prec, rounding, emin, emax, capitals, clamp, flags, traps);
    }

    /** Each argument that is not None sets its field. CPython: _decimal.c context_setattrs */
    void setAll(PyObject prec, PyObject rounding, PyObject emin, PyObject emax,
            PyObject capitals, PyObject clamp, PyObject flags, PyObject traps) {
        if (prec != PyNone.NONE) {
            setPrec(prec);
        }
        if (rounding != PyNone.NONE) {
            setRounding(rounding);
        }
        if (emin != PyNone.NONE) {
            setEmin(emin);
        }
        if (emax != PyNone.NONE) {
            setEmax(emax);
        }
        if (capitals != PyNone.NONE) {
            setCapitals(capitals);
        }
        if (clamp != PyNone.NONE) {
            setClamp(clamp);
        }
        if (traps != PyNone.NONE) {
            this.traps = traps instanceof PyList l ? listAsFlags(l) : dictAsFlags(traps);
        }
        if (flags != PyNone.NONE) {
            this.status = flags instanceof PyList l ? listAsFlags(l) : dictAsFlags(flags);
        }
    }

    private static int listAsFlags(PyList list) {
        Signals.State st = Signals.state();
        int flags = 0;
        for (PyObject item : list.items) {
            flags |= st.flagOf(item);
        }
        return flags;
    }

    /** A signal dict's word, or a dict's. CPython: _decimal.c dict_as_flags */
    static int dictAsFlags(PyObject value) {
        if (value instanceof PySignalDict sd) {
            return sd.word();
        }
        if (!(value instanceof PyDict d)) {
            throw PyExceptions.typeError("argument must be a signal dict");
        }
        Signals.State st = Signals.state();
        if (d.size() != Signals.SIGNAL_NAMES.length) {
            throw PyExceptions.keyError(PyStr.of("invalid signal dict"));
        }
        int flags = 0;
        for (int i = 0; i < st.signals.length; i++) {
            PyObject b = d.getItem(st.signals[i]);
            if (b == null) {
                throw PyExceptions.keyError(PyStr.of("invalid signal dict"));
            }
            if (Ops.isTrue(b)) {
                flags |= Signals.SIGNAL_FLAGS[i];
            }
        }
        return flags;
    }

    @Exposed.Getter("prec")
    public long getPrec() {
        return prec;
    }

    @Exposed.Setter(value = "prec", deletes = true)
    public void setPrec(PyObject v) {
        long x = CArgs.intAsSsizeT(notDeleted(v));
        if (x < 1 || x > MAX_PREC) {
            throw PyExceptions.valueError("valid range for prec is [1, MAX_PREC]");
        }
        prec = x;
    }

    @Exposed.Getter("rounding")
    public PyObject getRounding() {
        return PyStr.intern(Rounding.NAMES[round]);
    }

    @Exposed.Setter(value = "rounding", deletes = true)
    public void setRounding(PyObject v) {
        round = roundingOf(notDeleted(v));
    }

    /** A rounding mode's number. CPython: _decimal.c getround */
    static int roundingOf(PyObject v) {
        if (v instanceof PyStr s) {
            for (int i = 0; i < Rounding.NAMES.length; i++) {
                if (Rounding.NAMES[i].equals(s.value())) {
                    return i;
                }
            }
        }
        throw PyExceptions.typeError("valid values for rounding are:\n"
                + "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                + "   ROUND_05UP]");
    }

    @Exposed.Getter("Emin")
    public long getEmin() {
        return emin;
    }

    @Exposed.Setter(value = "Emin", deletes = true)
    public void setEmin(PyObject v) {
        long x = CArgs.intAsSsizeT(notDeleted(v));
        if (x < MIN_EMIN || x > 0) {
            throw PyExceptions.valueError("valid range for Emin is [MIN_EMIN, 0]");
        }
        emin = x;
    }

    @Exposed.Getter("Emax")
    public long getEmax() {
        return emax;
    }

    @Exposed.Setter(value = "Emax", deletes = true)
    public void setEmax(PyObject v) {
        long x = CArgs.intAsSsizeT(notDeleted(v));
        if (x < 0 || x > MAX_EMAX) {
            throw PyExceptions.valueError("valid range for Emax is [0, MAX_EMAX]");
        }
        emax = x;
    }

    @Exposed.Getter("capitals")
    public long getCapitals() {
        return capitals;
    }

    @Exposed.Setter(value = "capitals", deletes = true)
    public void setCapitals(PyObject v) {
        long x = CArgs.intAsSsizeT(notDeleted(v));
        if (x != 0 && x != 1) {
            throw PyExceptions.valueError("valid values for capitals are 0 or 1");
        }
        capitals = (int) x;
    }

    @Exposed.Getter("clamp")
    public long getClamp() {
        return clamp;
    }

    @Exposed.Setter(value = "clamp", deletes = true)
    public void setClamp(PyObject v) {
        long x = CArgs.intAsSsizeT(notDeleted(v));
        if (x != 0 && x != 1) {
            throw PyExceptions.valueError("valid values for clamp are 0 or 1");
        }
        clamp = (int) x;
    }

    @Exposed.Getter("flags")
    public PyObject getFlags() {
        return flagsDict;
    }

    @Exposed.Setter(value = "flags", deletes = true)
    public void setFlags(PyObject v) {
        status = dictAsFlags(notDeleted(v));
    }

    @Exposed.Getter("traps")
    public PyObject getTraps() {
        return trapsDict;
    }

    @Exposed.Setter(value = "traps", deletes = true)
    public void setTraps(PyObject v) {
        traps = dictAsFlags(notDeleted(v));
    }

    /** Deleting any attribute of a context is refused (CPython: _decimal.c context_setattr). */
    @Exposed("__delattr__($self, name, /)")
    public void __delattr__(PyObject name) {
        Attributes.attributeName(name);
        throw PyExceptions.attributeError("context attributes cannot be deleted");
    }

    private static PyObject notDeleted(PyObject v) {
        if (v == null) {
            throw PyExceptions.attributeError("context attributes cannot be deleted");
        }
        return v;
    }

    // CPython: _decimal.c context_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "Context(prec=" + prec + ", rounding=" + Rounding.NAMES[round] + ", Emin="
                + emin + ", Emax=" + emax + ", capitals=" + capitals + ", clamp=" + clamp
                + ", flags=" + Signals.list(status) + ", traps=" + Signals.list(traps) + ")";
    }

    // CPython: _decimal.c context_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyTuple args = PyTuple.of(PyInt.of(prec), getRounding(), PyInt.of(emin),
                PyInt.of(emax), PyInt.of(capitals), PyInt.of(clamp), signalList(status),
                signalList(traps));
        return PyTuple.of(type(), args);
    }

    /** The signals set in a word, as a list. CPython: _decimal.c signals_as_list */
    static PyList signalList(int flags) {
        Signals.State st = Signals.state();
        PyList list = new PyList();
        for (int i = 0; i < st.signals.length; i++) {
            if ((flags & Signals.SIGNAL_FLAGS[i]) != 0) {
                list.append(st.signals[i]);
            }
        }
        return list;
    }

    /** A fresh context of the exact type with this one's settings, flags and traps. */
    PyDecContext copy() {
        PyDecContext c = new PyDecContext(TYPE);
        c.copyFrom(this);
        return c;
    }
}
