package dev.krait.modules.datetime;

import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _datetime} module: the six types, {@code MINYEAR}, {@code MAXYEAR} and
 * {@code UTC} ({@code IsoCalendarDate} is reachable only through {@code isocalendar()}, as in
 * CPython). {@code datetime.py} ends with
 * {@code from _datetime import *}, so with this module present datetime's classes are these,
 * as in CPython. There is no {@code datetime_CAPI}: Krait has no C API.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code _datetime_exec}.
 */
@NativeModule.Register("_datetime")
public final class DateTimeModule implements NativeModule {
    static {
        setLimits(PyTimeDelta.TYPE, new PyTimeDelta(PyTimeDelta.TYPE, -DateMath.MAX_DELTA_DAYS,
                0, 0), new PyTimeDelta(PyTimeDelta.TYPE, DateMath.MAX_DELTA_DAYS, 86399,
                999999), new PyTimeDelta(PyTimeDelta.TYPE, 0, 0, 1));
        setLimits(PyDate.TYPE, new PyDate(PyDate.TYPE, 1, 1, 1),
                new PyDate(PyDate.TYPE, DateMath.MAXYEAR, 12, 31),
                new PyTimeDelta(PyTimeDelta.TYPE, 1, 0, 0));
        setLimits(PyTime.TYPE, new PyTime(PyTime.TYPE, 0, 0, 0, 0, PyNone.NONE, 0),
                new PyTime(PyTime.TYPE, 23, 59, 59, 999999, PyNone.NONE, 0),
                new PyTimeDelta(PyTimeDelta.TYPE, 0, 0, 1));
        setLimits(PyDateTime.TYPE, new PyDateTime(PyDateTime.TYPE, 1, 1, 1, 0, 0, 0, 0,
                PyNone.NONE, 0), new PyDateTime(PyDateTime.TYPE, DateMath.MAXYEAR, 12, 31, 23,
                59, 59, 999999, PyNone.NONE, 0), new PyTimeDelta(PyTimeDelta.TYPE, 0, 0, 1));
        PyTimeZone.TYPE.setTypeAttribute("utc", PyTimeZone.UTC);
        PyTimeZone.TYPE.setTypeAttribute("min", PyTimeZone.of(
                new PyTimeDelta(PyTimeDelta.TYPE, -1, 60, 0), null));
        PyTimeZone.TYPE.setTypeAttribute("max", PyTimeZone.of(
                new PyTimeDelta(PyTimeDelta.TYPE, 0, 86340, 0), null));
    }

    private static void setLimits(PyType t, dev.krait.objects.PyObject min,
            dev.krait.objects.PyObject max, dev.krait.objects.PyObject resolution) {
        t.setTypeAttribute("min", min);
        t.setTypeAttribute("max", max);
        t.setTypeAttribute("resolution", resolution);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_datetime");
        m.put("__doc__", PyStr.of("Fast implementation of the datetime type."));
        m.put("date", PyDate.TYPE);
        m.put("datetime", PyDateTime.TYPE);
        m.put("time", PyTime.TYPE);
        m.put("timedelta", PyTimeDelta.TYPE);
        m.put("tzinfo", PyTzInfo.TYPE);
        m.put("timezone", PyTimeZone.TYPE);
        m.put("MINYEAR", PyInt.of(DateMath.MINYEAR));
        m.put("MAXYEAR", PyInt.of(DateMath.MAXYEAR));
        m.put("UTC", PyTimeZone.UTC);
        return m;
    }
}
