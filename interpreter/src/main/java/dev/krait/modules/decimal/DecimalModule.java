package dev.krait.modules.decimal;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.contextvars.PyContextVar;
import dev.krait.objects.ArgParser;
import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _decimal} module: Decimal, Context, the signals, the context templates and
 * getcontext/setcontext/localcontext over a context variable. {@code decimal.py} imports it
 * with {@code from _decimal import *} and falls back to {@code _pydecimal} only without it.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code PyInit__decimal},
 * {@code PyDec_GetCurrentContext}, {@code PyDec_SetCurrentContext}, {@code ctxmanager_new}.
 */
@NativeModule.Register("_decimal")
public final class DecimalModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        Signals.State st = Signals.state(interpreter);
        initialise(st);
        PyModule m = new PyModule("_decimal");
        m.put("__doc__", PyStr.of("C decimal arithmetic module"));
        ModuleBuilder.addFunctions(m, DecimalModule.class);
        m.put("Decimal", PyDecimal.TYPE);
        m.put("Context", PyDecContext.TYPE);
        m.put("DecimalTuple", decimalTuple());
        m.put("DecimalException", st.decimalException);
        for (int i = 0; i < st.signals.length; i++) {
            m.put(Signals.SIGNAL_NAMES[i], st.signals[i]);
        }
        for (int i = 1; i < st.conditions.length; i++) {
            m.put(Signals.CONDITION_NAMES[i], st.conditions[i]);
        }
        m.put("DefaultContext", st.defaultTemplate);
        m.put("HAVE_CONTEXTVAR", PyBool.TRUE);
        m.put("HAVE_THREADS", PyBool.TRUE);
        m.put("BasicContext", st.basicTemplate);
        m.put("ExtendedContext", st.extendedTemplate);
        m.put("MAX_PREC", PyInt.of(PyDecContext.MAX_PREC));
        m.put("MAX_EMAX", PyInt.of(PyDecContext.MAX_EMAX));
        m.put("MIN_EMIN", PyInt.of(PyDecContext.MIN_EMIN));
        m.put("MIN_ETINY", PyInt.of(PyDecContext.MIN_ETINY));
        for (String name : Rounding.NAMES) {
            m.put(name, PyStr.intern(name));
        }
        m.put("__version__", PyStr.of("1.70"));
        m.put("__libmpdec_version__", PyStr.of("2.5.1"));
        return m;
    }

    /**
     * The per-interpreter objects beyond the exception classes: the SignalDict class, the
     * three context templates, the context variable and DecimalTuple.
     * CPython: _decimal.c PyInit__decimal
     */
    private static synchronized void initialise(Signals.State st) {
        if (st.contextVar != null) {
            return;
        }
        Interpreter interp = dev.krait.runtime.ThreadState.current().interpreter;
        PyObject abc = interp.importer().importModule("collections.abc");
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("decimal"));
        st.signalDictType = (PyType) Ops.call(PyType.TYPE, PyStr.of("SignalDict"),
                PyTuple.of(PySignalDict.TYPE, Attributes.getAttr(abc, "MutableMapping")), ns);
        st.defaultTemplate = new PyDecContext(PyDecContext.TYPE);
        PyDecContext basic = new PyDecContext(PyDecContext.TYPE);
        basic.prec = 9;
        basic.traps |= Signals.UNDERFLOW | Signals.CLAMPED;
        basic.round = Rounding.HALF_UP;
        st.basicTemplate = basic;
        PyDecContext extended = new PyDecContext(PyDecContext.TYPE);
        extended.prec = 9;
        extended.traps = 0;
        st.extendedTemplate = extended;
        PyObject collections = interp.importer().importModule("collections");
        st.decimalTuple = Ops.call(Attributes.getAttr(collections, "namedtuple"),
                new PyObject[] {PyStr.of("DecimalTuple"), PyStr.of("sign digits exponent")},
                new String[0]);
        Attributes.setAttr(st.decimalTuple, "__module__", PyStr.of("decimal"));
        PyObject numbers = interp.importer().importModule("numbers");
        Ops.call(Attributes.getAttr(Attributes.getAttr(numbers, "Number"), "register"),
                PyDecimal.TYPE);
        st.contextVar = PyContextVar.__new__(PyContextVar.TYPE, PyStr.of("decimal_context"),
                null);
    }

    private static Signals.State initialised() {
        Signals.State st = Signals.state();
        if (st.contextVar == null) {
            initialise(st);
        }
        return st;
    }

    static PyObject decimalTuple() {
        return initialised().decimalTuple;
    }

    /**
     * The thread's current context, made from the default template on first use.
     * CPython: _decimal.c current_context (init_current_context)
     */
    static PyDecContext current() {
        Signals.State st = initialised();
        PyContextVar var = (PyContextVar) st.contextVar;
        PyObject v = var.get(PyNone.NONE);
        if (v instanceof PyDecContext c) {
            return c;
        }
        PyDecContext c = st.defaultTemplate.copy();
        c.status = 0;
        var.set(c);
        return c;
    }

    /** A {@code context=None} argument: the current context, or the given Context. */
    static PyDecContext contextArg(PyObject context) {
        if (context == null || context == PyNone.NONE) {
            return current();
        }
        if (context instanceof PyDecContext c) {
            return c;
        }
        throw PyExceptions.typeError("optional argument must be a context");
    }

    // CPython: _decimal.c PyDec_GetCurrentContext
    @Exposed(value = "getcontext($module, /)",
            doc = "Get the current default context.\n\n")
    public static PyObject getcontext() {
        return current();
    }

    // CPython: _decimal.c PyDec_SetCurrentContext
    @Exposed(value = "setcontext($module, context, /)",
            doc = "Set a new default context.\n\n")
    public static void setcontext(PyObject context) {
        if (!(context instanceof PyDecContext c)) {
            throw PyExceptions.typeError("argument must be a context");
        }
        Signals.State st = initialised();
        if (c == st.defaultTemplate || c == st.basicTemplate || c == st.extendedTemplate) {
            c = c.copy();
            c.status = 0;
        }
        ((PyContextVar) st.contextVar).set(c);
    }

    /**
     * {@code localcontext(ctx=None, **kwargs)}: shown with CPython's signature, bound as its C
     * parser binds it (all nine parameters may come by position or by name).
     */
    // CPython: _decimal.c ctxmanager_new ("|OOOOOOOOO" over ctx and the eight attributes)
    @Exposed(value = "localcontext($module, /, ctx=None, **kwargs)",
            doc = "Return a context manager that will set the default context to a copy of "
                    + "ctx\non entry to the with-statement and restore the previous default "
                    + "context when\nexiting the with-statement. If no context is specified, "
                    + "a copy of the current\ndefault context is used.\n\n")
    public static PyObject localcontext(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.bindUnnamed(args, kwnames, "ctx", "prec", "rounding", "Emin",
                "Emax", "capitals", "clamp", "flags", "traps");
        for (int i = 0; i < a.length; i++) {
            if (a[i] == null) {
                a[i] = PyNone.NONE;
            }
        }
        PyObject ctx = a[0];
        PyDecContext global = current();
        PyDecContext local;
        if (ctx == PyNone.NONE) {
            local = global;
        } else if (ctx instanceof PyDecContext c) {
            local = c;
        } else {
            throw PyExceptions.typeError("optional argument must be a context");
        }
        PyDecContext copy = local.copy();
        copy.setAll(a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
        return new PyContextManager(copy, global);
    }
}
