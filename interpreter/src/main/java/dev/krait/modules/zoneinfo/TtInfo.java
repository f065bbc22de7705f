package dev.krait.modules.zoneinfo;

import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;

/**
 * One local time type of a zone: its offset from UTC, its DST part and its abbreviation, as
 * the {@code timedelta} and {@code str} objects that {@code utcoffset()}, {@code dst()} and
 * {@code tzname()} return (made once, shared by every lookup).
 *
 * <p>CPython counterpart: Modules/_zoneinfo.c {@code _ttinfo}, {@code build_ttinfo},
 * {@code ttinfo_eq}.
 */
record TtInfo(long utcoffSeconds, PyObject utcoff, PyObject dstoff, PyObject tzname) {
    /** What a zone answers for {@code None} when its offset varies: all three None. */
    static final TtInfo NONE = new TtInfo(0, PyNone.NONE, PyNone.NONE, PyNone.NONE);

    // CPython: Modules/_zoneinfo.c ttinfo_eq
    boolean sameAs(TtInfo o) {
        return dev.krait.objects.Ops.eqBool(utcoff, o.utcoff)
                && dev.krait.objects.Ops.eqBool(dstoff, o.dstoff)
                && dev.krait.objects.Ops.eqBool(tzname, o.tzname);
    }
}
