package dev.krait.modules.datetime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code datetime.tzinfo}: the abstract base of time zones. Its three queries raise
 * NotImplementedError until a subclass defines them; {@code fromutc} is the generic
 * conversion from UTC built on {@code utcoffset} and {@code dst}, and {@code __reduce__} lets
 * subclasses pickle through {@code __getinitargs__} and their state.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code tzinfo_*}.
 */
public class PyTzInfo extends PyObject {
    public static final PyType TYPE = PyType.builtin("tzinfo", PyTzInfo.class, null)
            .withModule("datetime");

    PyTzInfo(PyType type) {
        super(type);
    }

    /**
     * Whether {@code o} is a tzinfo by its Python type (CPython's PyTZInfo_Check), not by its
     * Java class: a native type of another module may derive from tzinfo at run time
     * (zoneinfo's ZoneInfo, built over whatever {@code datetime.tzinfo} is).
     */
    static boolean check(PyObject o) {
        return o instanceof PyTzInfo || o.type().isSubtypeOf(TYPE);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyTzInfo(cls);
    }

    private static PyObject nogo(String method) {
        throw PyExceptions.notImplementedError("a tzinfo subclass must implement " + method
                + "()");
    }

    @Exposed(value = "tzname($self, dt, /)", doc = "datetime -> string name of time zone.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject tzname(PyObject dt) {
        return nogo("tzname");
    }

    @Exposed(value = "utcoffset($self, dt, /)",
            doc = "datetime -> timedelta showing offset from UTC, negative values indicating "
                    + "West of UTC", signature = Exposed.Signature.HIDDEN)
    public PyObject utcoffset(PyObject dt) {
        return nogo("utcoffset");
    }

    @Exposed(value = "dst($self, dt, /)",
            doc = "datetime -> DST offset as timedelta positive east of UTC.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject dst(PyObject dt) {
        return nogo("dst");
    }

    // CPython: Modules/_datetimemodule.c tzinfo_fromutc
    @Exposed(value = "fromutc($self, dt, /)",
            doc = "datetime in UTC -> datetime in local time.",
            signature = Exposed.Signature.HIDDEN)
    public PyObject fromutc(PyObject arg) {
        if (!(arg instanceof PyDateTime dt)) {
            throw PyExceptions.typeError("fromutc: argument must be a datetime");
        }
        if (dt.tzinfo != this) {
            throw PyExceptions.valueError("fromutc: dt.tzinfo is not self");
        }
        PyTimeDelta off = Formats.callOffset(this, "utcoffset", dt);
        if (off == null) {
            throw PyExceptions.valueError("fromutc: non-None utcoffset() result required");
        }
        PyTimeDelta dst = Formats.callOffset(this, "dst", dt);
        if (dst == null) {
            throw PyExceptions.valueError("fromutc: non-None dst() result required");
        }
        PyTimeDelta delta = (PyTimeDelta) off.__sub__(dst);
        PyDateTime result = dt.plus(delta, 1);
        dst = Formats.callOffset(this, "dst", result);
        if (dst == null) {
            throw PyExceptions.valueError("fromutc: tz.dst() gave inconsistent results; "
                    + "cannot convert");
        }
        if (dst.__bool__()) {
            result = result.plus(dst, 1);
        }
        return result;
    }

    // CPython: Modules/_datetimemodule.c tzinfo_reduce
    @Exposed(value = "__reduce__($self, /)", doc = "-> (cls, state)",
            signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        PyObject getinitargs = Attributes.lookupAttrOrNull(this, "__getinitargs__");
        PyObject args = getinitargs == null ? PyTuple.EMPTY : Ops.call(getinitargs);
        PyObject state = Ops.callMethod(this, "__getstate__");
        return PyTuple.of(type(), args, state == null ? PyNone.NONE : state);
    }
}
