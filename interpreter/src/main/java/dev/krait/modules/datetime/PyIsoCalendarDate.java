package dev.krait.modules.datetime;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;

/**
 * {@code datetime.IsoCalendarDate}: the (year, week, weekday) tuple that
 * {@code date.isocalendar()} returns, with the three items also readable by name. It pickles
 * as a plain tuple, as CPython's does.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code iso_calendar_date_*}.
 */
public final class PyIsoCalendarDate extends PyTuple {
    public static final PyType TYPE = PyType.builtin("IsoCalendarDate", PyIsoCalendarDate.class,
            PyTuple.TYPE).withModule("datetime");

    private PyIsoCalendarDate(PyType type, PyObject[] items) {
        super(items);
        setType(type);
    }

    static PyIsoCalendarDate of(int year, int week, int weekday) {
        return new PyIsoCalendarDate(TYPE, new PyObject[] {PyInt.of(year), PyInt.of(week),
            PyInt.of(weekday)});
    }

    // CPython: Modules/_datetimemodule.c iso_calendar_date_new_impl
    @Exposed(value = "__new__($type, /, year, week, weekday)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject year, PyObject week, PyObject weekday) {
        return new PyIsoCalendarDate(cls, new PyObject[] {year, week, weekday});
    }

    @Exposed.Getter("year")
    public PyObject getYear() {
        return get(0);
    }

    @Exposed.Getter("week")
    public PyObject getWeek() {
        return get(1);
    }

    @Exposed.Getter("weekday")
    public PyObject getWeekday() {
        return get(2);
    }

    // CPython: Modules/_datetimemodule.c iso_calendar_date_repr
    @Exposed("__repr__($self, /)")
    public PyObject __repr__() {
        return PyStr.of(DateArgs.typeName(this) + "(year=" + Ops.repr(get(0)).value()
                + ", week=" + Ops.repr(get(1)).value() + ", weekday=" + Ops.repr(get(2)).value()
                + ")");
    }

    // CPython: Modules/_datetimemodule.c iso_calendar_date_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        return PyTuple.of(PyTuple.TYPE, PyTuple.of(PyTuple.of(get(0), get(1), get(2))));
    }
}
