package dev.krait.modules.contextvars;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.Weakrefable;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code contextvars.Context}: an immutable mapping from context variables to values, which a
 * thread enters with {@code run}; setting a variable replaces the current context's mapping
 * with a changed copy, so copies taken before ({@code copy_context()}) keep the old values.
 * CPython shares structure between versions with a HAMT; Krait copies the (small) map.
 *
 * <p>CPython counterpart: Python/context.c {@code PyContext}.
 */
public final class PyContext extends PyObject implements Weakrefable {
    public static final PyType TYPE = PyType.builtinFinal("Context", PyContext.class, null)
            .withModule("_contextvars");

    /** The values; never changed in place, only replaced. */
    Map<PyContextVar, PyObject> vars;
    private PyContext prev;
    private boolean entered;

    PyContext(Map<PyContextVar, PyObject> vars) {
        super(TYPE);
        this.vars = vars;
    }

    /** The calling thread's current context, made empty on first use (context_get). */
    static PyContext current() {
        ThreadState ts = ThreadState.current();
        if (ts.context instanceof PyContext c) {
            return c;
        }
        PyContext c = new PyContext(Map.of());
        ts.context = c;
        return c;
    }

    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (args.length > 0) {
            throw PyExceptions.typeError("Context() does not accept any arguments");
        }
        return new PyContext(Map.of());
    }

    // CPython: Python/context.c context_run, _PyContext_Enter, _PyContext_Exit
    @Exposed(value = "run($self, callable, /, *args, **kwargs)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject run(PyObject[] args, String[] kwnames) {
        if (args.length == 0) {
            throw PyExceptions.typeError("run() missing 1 required positional argument");
        }
        if (entered) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "cannot enter context: "
                    + Ops.repr(this).value() + " is already entered");
        }
        ThreadState ts = ThreadState.current();
        current();
        prev = (PyContext) ts.context;
        entered = true;
        ts.context = this;
        try {
            PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return Ops.call(args[0], rest, kwnames);
        } finally {
            ts.context = prev;
            prev = null;
            entered = false;
        }
    }

    @Exposed("copy($self, /)")
    public PyObject copy() {
        return new PyContext(vars);
    }

    private static PyContextVar key(PyObject k) {
        if (!(k instanceof PyContextVar v)) {
            throw PyExceptions.typeError("a ContextVar key was expected, got "
                    + Ops.repr(k).value());
        }
        return v;
    }

    @Exposed("__getitem__($self, key, /)")
    public PyObject __getitem__(PyObject key) {
        PyObject v = vars.get(key(key));
        if (v == null) {
            throw PyExceptions.keyError(key);
        }
        return v;
    }

    @Exposed("get($self, key, default=None, /)")
    public PyObject get(PyObject key, PyObject dflt) {
        PyObject v = vars.get(key(key));
        return v == null ? dflt : v;
    }

    @Exposed("__contains__($self, key, /)")
    public boolean __contains__(PyObject key) {
        return vars.containsKey(key(key));
    }

    @Exposed("__len__($self, /)")
    public long __len__() {
        return vars.size();
    }

    @Exposed("__iter__($self, /)")
    public PyObject __iter__() {
        return Iteration.iter(keys());
    }

    @Exposed("keys($self, /)")
    public PyObject keys() {
        return new PyList(new ArrayList<>(vars.keySet()));
    }

    @Exposed("values($self, /)")
    public PyObject values() {
        return new PyList(new ArrayList<>(vars.values()));
    }

    @Exposed("items($self, /)")
    public PyObject items() {
        List<PyObject> out = new ArrayList<>();
        for (Map.Entry<PyContextVar, PyObject> e : vars.entrySet()) {
            out.add(PyTuple.of(e.getKey(), e.getValue()));
        }
        return new PyList(out);
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject other) {
        if (!(other instanceof PyContext c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (vars.size() != c.vars.size()) {
            return PyBool.of(false);
        }
        for (Map.Entry<PyContextVar, PyObject> e : vars.entrySet()) {
            PyObject o = c.vars.get(e.getKey());
            if (o == null || !Ops.eqBool(e.getValue(), o)) {
                return PyBool.of(false);
            }
        }
        return PyBool.of(true);
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        throw PyExceptions.typeError("unhashable type: '_contextvars.Context'");
    }

    /** A copy of the mapping with {@code var} set to {@code value} (removed when null). */
    void replace(PyContextVar var, PyObject value) {
        Map<PyContextVar, PyObject> next = new LinkedHashMap<>(vars);
        if (value == null) {
            next.remove(var);
        } else {
            next.put(var, value);
        }
        vars = next;
    }
}
