package dev.krait.modules.contextvars;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code contextvars.Token}: what {@code ContextVar.set} returns, remembering the variable, the
 * context it was set in and the value before ({@code Token.MISSING} when there was none), for
 * one {@code reset}.
 *
 * <p>CPython counterpart: Python/context.c {@code PyContextToken}.
 */
public final class PyContextToken extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("Token", PyContextToken.class, null)
            .withModule("_contextvars");

    /** {@code Token.MISSING}: the old value of a variable that had none. */
    public static final PyObject MISSING = new Missing();

    final PyContext ctx;
    final PyContextVar var;
    /** The value before the set, or null when there was none. */
    final PyObject oldValue;
    boolean used;

    PyContextToken(PyContext ctx, PyContextVar var, PyObject oldValue) {
        super(TYPE);
        this.ctx = ctx;
        this.var = var;
        this.oldValue = oldValue;
    }

    @Exposed.Getter("var")
    public PyObject getVar() {
        return var;
    }

    @Exposed.Getter("old_value")
    public PyObject getOldValue() {
        return oldValue == null ? MISSING : oldValue;
    }

    // CPython: Python/context.c token_tp_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<Token" + (used ? " used" : "") + " var=" + Ops.repr(var).value() + " at "
                + Ops.addressOf(this) + ">";
    }

    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return PyContextVar.genericAlias(cls, item);
    }

    /** The type of {@code Token.MISSING}, whose repr is {@code <Token.MISSING>}. */
    public static final class Missing extends PyObject {
        public static final PyType TYPE = PyType.builtinFinal("Token.MISSING", Missing.class, null)
                .withModule("_contextvars");

        Missing() {
            super(TYPE);
        }

        @Exposed("__repr__($self, /)")
        public String __repr__() {
            return "<Token.MISSING>";
        }
    }
}
