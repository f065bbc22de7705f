package dev.krait.modules.contextvars;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * {@code contextvars.ContextVar}: a variable whose value is looked up in the current thread's
 * {@link PyContext}; {@code set} returns a {@link PyContextToken} that {@code reset} uses to put
 * the previous value back.
 *
 * <p>CPython counterpart: Python/context.c {@code PyContextVar}.
 */
public final class PyContextVar extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("ContextVar", PyContextVar.class,
            null).withModule("_contextvars");

    private final PyStr name;
    /** The default given to the constructor, or null. */
    private final PyObject dflt;

    private PyContextVar(PyStr name, PyObject dflt) {
        super(TYPE);
        this.name = name;
        this.dflt = dflt;
    }

    // CPython: Python/context.c contextvar_tp_new
    @Exposed(value = "__new__($type, name, *, default=<unrepresentable>)",
            kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject name, PyObject dflt) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("context variable name must be a str");
        }
        return new PyContextVar(s, dflt);
    }

    @Exposed.Getter("name")
    public PyObject getName() {
        return name;
    }

    // CPython: Python/context.c _contextvars_ContextVar_get_impl
    @Exposed("get($self, default=<unrepresentable>, /)")
    public PyObject get(PyObject given) {
        PyObject v = PyContext.current().vars.get(this);
        if (v != null) {
            return v;
        }
        if (given != null) {
            return given;
        }
        if (dflt != null) {
            return dflt;
        }
        throw ((dev.krait.objects.PyBaseException) Ops.call(PyExceptions.LookupError, this))
                .raise();
    }

    // CPython: Python/context.c _contextvars_ContextVar_set
    @Exposed("set($self, value, /)")
    public PyObject set(PyObject value) {
        PyContext ctx = PyContext.current();
        PyObject old = ctx.vars.get(this);
        ctx.replace(this, value);
        return new PyContextToken(ctx, this, old);
    }

    // CPython: Python/context.c _contextvars_ContextVar_reset
    @Exposed("reset($self, token, /)")
    public void reset(PyObject token) {
        if (!(token instanceof PyContextToken t)) {
            throw PyExceptions.typeError("expected an instance of Token, got "
                    + Ops.repr(token).value());
        }
        if (t.used) {
            throw PyExceptions.of(PyExceptions.RuntimeError, Ops.repr(t).value()
                    + " has already been used once");
        }
        if (t.var != this) {
            throw PyExceptions.valueError(Ops.repr(t).value()
                    + " was created by a different ContextVar");
        }
        PyContext ctx = PyContext.current();
        if (t.ctx != ctx) {
            throw PyExceptions.valueError(Ops.repr(t).value()
                    + " was created in a different Context");
        }
        t.used = true;
        ctx.replace(this, t.oldValue);
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return Ops.identityHash(this);
    }

    // CPython: Python/context.c contextvar_tp_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder("<ContextVar name=");
        sb.append(Ops.repr(name).value());
        if (dflt != null) {
            sb.append(" default=").append(Ops.repr(dflt).value());
        }
        return sb.append(" at ").append(Ops.addressOf(this)).append('>').toString();
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return genericAlias(cls, item);
    }

    /** {@code types.GenericAlias(cls, item)}, as {@code ContextVar[int]} gives. */
    static PyObject genericAlias(PyType cls, PyObject item) {
        PyObject types = ThreadState.current().interpreter.importer().importModule("types");
        return Ops.call(Attributes.getAttr(types, "GenericAlias"), cls, item);
    }
}
