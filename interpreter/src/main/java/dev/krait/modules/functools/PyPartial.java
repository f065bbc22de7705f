package dev.krait.modules.functools;

import dev.krait.modules.itertools.GenericAliases;
import dev.krait.objects.ArgParser;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import java.util.Map;

/**
 * {@code functools.partial(func, /, *args, **keywords)}: a callable that calls {@code func}
 * with the stored arguments before the call's own (keywords merged, the call's winning). A
 * partial of a plain partial is flattened into one, as CPython does. A call without stored
 * keywords builds a single argument array, the same fast path as CPython's vectorcall.
 *
 * <p>CPython counterpart: Modules/_functoolsmodule.c {@code partial_new},
 * {@code partial_vectorcall}, {@code partial_call}, {@code partial_repr},
 * {@code partial_reduce}, {@code partial_setstate}.
 */
public class PyPartial extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtin("partial", PyPartial.class, null)
            .withModule("functools");

    private PyObject fn;
    private PyTuple args;
    private PyDict kw;

    PyPartial(PyType type, PyObject fn, PyTuple args, PyDict kw) {
        super(type);
        this.fn = fn;
        this.args = args;
        this.kw = kw;
    }

    /** Instances always have a {@code __dict__}, made on first use. */
    @Override
    public PyDict getDict() {
        PyDict d = super.getDict();
        if (d == null) {
            d = new PyDict();
            setDict(d);
        }
        return d;
    }

    private boolean hasDictContents() {
        PyDict d = super.getDict();
        return d != null && d.size() > 0;
    }

    // CPython: Modules/_functoolsmodule.c partial_new
    @Exposed(value = "__new__($type, func, /, *args, **keywords)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] argv, String[] kwnames) {
        int npos = ArgParser.positionalCount(argv, kwnames);
        if (npos < 1) {
            throw PyExceptions.typeError("type 'partial' takes at least one argument");
        }
        PyObject func = argv[0];
        PyTuple pargs = null;
        PyDict pkw = null;
        if (func instanceof PyPartial part && part.type().lookup("__call__")
                == TYPE.lookup("__call__") && !part.hasDictContents()) {
            pargs = part.args;
            pkw = part.kw;
            func = part.fn;
        }
        if (!Ops.isCallable(func)) {
            throw PyExceptions.typeError("the first argument must be callable");
        }
        int extra = npos - 1;
        PyObject[] all;
        if (pargs == null) {
            all = new PyObject[extra];
            System.arraycopy(argv, 1, all, 0, extra);
        } else {
            all = new PyObject[pargs.size() + extra];
            System.arraycopy(pargs.items(), 0, all, 0, pargs.size());
            System.arraycopy(argv, 1, all, pargs.size(), extra);
        }
        PyDict kw = new PyDict();
        if (pkw != null) {
            kw.mergeFrom(pkw);
        }
        for (int k = 0; kwnames != null && k < kwnames.length; k++) {
            kw.setItem(PyStr.of(kwnames[k]), argv[npos + k]);
        }
        return new PyPartial(cls, func, new PyTuple(all), kw);
    }

    // CPython: Modules/_functoolsmodule.c partial_vectorcall and partial_call
    @Exposed("__call__($self, /, *args, **kwargs)")
    public PyObject __call__(PyObject[] callArgs, String[] kwnames) {
        PyObject[] stored = args.items();
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (kw.size() == 0) {
            if (stored.length == 0) {
                return Ops.call(fn, callArgs, kwnames);
            }
            PyObject[] all = new PyObject[stored.length + callArgs.length];
            System.arraycopy(stored, 0, all, 0, stored.length);
            System.arraycopy(callArgs, 0, all, stored.length, callArgs.length);
            return Ops.call(fn, all, kwnames);
        }
        // stored keywords: merge them with the call's, the call's overriding
        PyDict merged = new PyDict();
        merged.mergeFrom(kw);
        int npos = callArgs.length - nkw;
        for (int k = 0; k < nkw; k++) {
            merged.setItem(PyStr.of(kwnames[k]), callArgs[npos + k]);
        }
        int total = stored.length + npos + merged.size();
        PyObject[] all = new PyObject[total];
        System.arraycopy(stored, 0, all, 0, stored.length);
        System.arraycopy(callArgs, 0, all, stored.length, npos);
        String[] names = new String[merged.size()];
        int at = stored.length + npos;
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : merged.entries()) {
            if (!(e.getKey() instanceof PyStr s)) {
                throw PyExceptions.typeError("keywords must be strings");
            }
            names[i++] = s.value();
            all[at++] = e.getValue();
        }
        return Ops.call(fn, all, names);
    }

    @Exposed.Getter(value = "func", doc = "function object to use in future partial calls")
    public PyObject getFunc() {
        return fn;
    }

    @Exposed.Getter(value = "args", doc = "tuple of arguments to future partial calls")
    public PyObject getArgs() {
        return args;
    }

    @Exposed.Getter(value = "keywords", doc = "dictionary of keyword arguments to future "
            + "partial calls")
    public PyObject getKeywords() {
        return kw;
    }

    @Exposed.Getter("__dict__")
    public PyObject get__dict__() {
        return getDict();
    }

    @Exposed.Setter(value = "__dict__", deletes = true)
    public void set__dict__(PyObject value) {
        setDictFromPython(value);
    }

    // CPython: Modules/_functoolsmodule.c partial_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        return Ops.withReprGuard(this, "...", () -> {
            StringBuilder sb = new StringBuilder();
            sb.append(type() == TYPE ? "functools.partial" : type().getName()).append('(');
            sb.append(Ops.repr(fn).value());
            for (PyObject a : args.items()) {
                sb.append(", ").append(Ops.repr(a).value());
            }
            for (Map.Entry<PyObject, PyObject> e : kw.entries()) {
                sb.append(", ").append(Ops.str(e.getKey()).value()).append('=')
                        .append(Ops.repr(e.getValue()).value());
            }
            return PyStr.of(sb.append(')').toString());
        });
    }

    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        // CPython's partial has no dict until one is asked for: an empty one pickles as None.
        PyDict d = super.getDict();
        return PyTuple.of(type(), PyTuple.of(fn), PyTuple.of(fn, args, kw,
                d == null || d.size() == 0 ? PyNone.NONE : d));
    }

    // CPython: Modules/_functoolsmodule.c partial_setstate
    @Exposed("__setstate__($self, state, /)")
    public void __setstate__(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4 || !Ops.isCallable(t.get(0))
                || !(t.get(1) instanceof PyTuple fnargs)
                || t.get(2) != PyNone.NONE && !(t.get(2) instanceof PyDict)
                || t.get(3) != PyNone.NONE && !(t.get(3) instanceof PyDict)) {
            throw PyExceptions.typeError("invalid partial state");
        }
        PyDict newKw = new PyDict();
        if (t.get(2) instanceof PyDict k) {
            if (k.type() == PyDict.TYPE) {
                newKw = k;
            } else {
                newKw.mergeFrom(k);
            }
        }
        fn = t.get(0);
        args = fnargs.type() == PyTuple.TYPE ? fnargs : new PyTuple(fnargs.items());
        kw = newKw;
        PyObject dict = t.get(3);
        setDict(dict == PyNone.NONE ? null : (PyDict) dict);
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585")
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return GenericAliases.of(cls, item);
    }
}
