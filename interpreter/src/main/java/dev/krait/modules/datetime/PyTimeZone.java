package dev.krait.modules.datetime;

import dev.krait.objects.CompareOp;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code datetime.timezone}: a tzinfo with a fixed offset from UTC and an optional name.
 * Instances are immutable, so {@code timezone.utc} is one object for every interpreter, and
 * {@code timezone(timedelta(0))} returns it, as CPython does.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code timezone_*}.
 */
public final class PyTimeZone extends PyTzInfo {
    public static final PyType TYPE = PyType.builtinFinal("timezone", PyTimeZone.class,
            PyTzInfo.TYPE).withModule("datetime");

    /** {@code timezone.utc}. */
    static final PyTimeZone UTC = new PyTimeZone(new PyTimeDelta(PyTimeDelta.TYPE, 0, 0, 0),
            null);

    final PyTimeDelta offset;
    /** The name given to the constructor, or null. */
    final PyStr name;

    private PyTimeZone(PyTimeDelta offset, PyStr name) {
        super(TYPE);
        this.offset = offset;
        this.name = name;
    }

    // CPython: Modules/_datetimemodule.c new_timezone
    static PyTimeZone of(PyTimeDelta offset, PyStr name) {
        if (name == null && !offset.__bool__()) {
            return UTC;
        }
        if (!Formats.withinADay(offset)) {
            throw PyExceptions.valueError("offset must be a timedelta strictly between "
                    + "-timedelta(hours=24) and timedelta(hours=24), not "
                    + Ops.repr(offset).value() + ".");
        }
        return new PyTimeZone(offset, name);
    }

    // CPython: Modules/_datetimemodule.c timezone_new
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = DateArgs.bind("timezone", args, kwnames, new String[] {"offset", "name"},
                1, 2);
        if (!(a[0] instanceof PyTimeDelta offset)) {
            throw PyExceptions.typeError("timezone() argument 1 must be datetime.timedelta, not "
                    + DateArgs.typeName(a[0]));
        }
        if (a[1] != null && !(a[1] instanceof PyStr)) {
            throw PyExceptions.typeError("timezone() argument 2 must be str, not "
                    + DateArgs.typeName(a[1]));
        }
        return of(offset, (PyStr) a[1]);
    }

    private static void checkArgument(PyObject dt, String method) {
        if (dt != PyNone.NONE && !(dt instanceof PyDateTime)) {
            throw PyExceptions.typeError(method + "(dt) argument must be a datetime instance or "
                    + "None, not " + DateArgs.typeName(dt));
        }
    }

    @Override
    @Exposed(value = "tzname($self, dt, /)",
            doc = "If name is specified when timezone is created, returns the name.  Otherwise "
                    + "returns offset as 'UTC(+|-)HH:MM'.", signature = Exposed.Signature.HIDDEN)
    public PyObject tzname(PyObject dt) {
        checkArgument(dt, "tzname");
        return PyStr.of(__str__());
    }

    @Override
    @Exposed(value = "utcoffset($self, dt, /)", doc = "Return fixed offset.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject utcoffset(PyObject dt) {
        checkArgument(dt, "utcoffset");
        return offset;
    }

    @Override
    @Exposed(value = "dst($self, dt, /)", doc = "Return None.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject dst(PyObject dt) {
        checkArgument(dt, "dst");
        return PyNone.NONE;
    }

    // CPython: Modules/_datetimemodule.c timezone_fromutc
    @Override
    @Exposed(value = "fromutc($self, dt, /)", doc = "datetime in UTC -> datetime in local time.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject fromutc(PyObject arg) {
        if (!(arg instanceof PyDateTime dt)) {
            throw PyExceptions.typeError("fromutc: argument must be a datetime");
        }
        if (dt.tzinfo != this) {
            throw PyExceptions.valueError("fromutc: dt.tzinfo is not self");
        }
        return dt.plus(offset, 1);
    }

    @Exposed(value = "__getinitargs__($self, /)", doc = "pickle support",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __getinitargs__() {
        return name == null ? PyTuple.of(offset) : PyTuple.of(offset, name);
    }

    // CPython: Modules/_datetimemodule.c timezone_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String t = DateArgs.typeName(this);
        if (this == UTC) {
            return t + ".utc";
        }
        if (name == null) {
            return t + "(" + offset.__repr__() + ")";
        }
        return t + "(" + offset.__repr__() + ", " + Ops.repr(name).value() + ")";
    }

    // CPython: Modules/_datetimemodule.c timezone_str
    @Exposed("__str__($self, /)")
    public String __str__() {
        if (name != null) {
            return name.value();
        }
        if (this == UTC || !offset.__bool__()) {
            return "UTC";
        }
        StringBuilder sb = new StringBuilder("UTC");
        Formats.appendOffset(sb, offset, ":");
        return sb.toString();
    }

    @Exposed("__hash__($self, /)")
    public long __hash__() {
        return offset.__hash__();
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (other instanceof PyTimeZone tz) {
            return PyBool.of(Formats.test(offset.compareTo(tz.offset), op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @Exposed("__eq__($self, value, /)")
    public PyObject __eq__(PyObject o) {
        return compare(o, CompareOp.EQ);
    }

    @Exposed("__ne__($self, value, /)")
    public PyObject __ne__(PyObject o) {
        return compare(o, CompareOp.NE);
    }
}
