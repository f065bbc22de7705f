package dev.krait.modules.zoneinfo;

import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import java.util.Arrays;

/**
 * What a TZif file says, in the form lookups want: the transition instants in UTC and in local
 * time (twice: for fold 0 and fold 1, so that an ambiguous or missing local time finds its side
 * by one binary search), the time type in force after each transition, the type before the
 * first, and the rule after the last. The file is parsed by {@code zoneinfo._common.load_data},
 * as CPython's C module does.
 *
 * <p>CPython counterpart: Modules/_zoneinfo.c {@code load_data}, {@code utcoff_to_dstoff},
 * {@code ts_to_local}, {@code find_ttinfo}.
 */
final class ZoneData {
    final long[] transUtc;
    final long[][] transLocal;
    final TtInfo[] transTtinfos;
    final TtInfo ttinfoBefore;
    final TzRule after;
    final boolean fixedOffset;

    private ZoneData(long[] transUtc, long[][] transLocal, TtInfo[] transTtinfos,
            TtInfo ttinfoBefore, TzRule after, boolean fixedOffset) {
        this.transUtc = transUtc;
        this.transLocal = transLocal;
        this.transTtinfos = transTtinfos;
        this.ttinfoBefore = ttinfoBefore;
        this.after = after;
        this.fixedOffset = fixedOffset;
    }

    static PyObject[] items(PyObject seq) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        PyObject it = Iteration.iter(seq);
        for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    private static long[] longs(PyObject seq) {
        PyObject[] items = items(seq);
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Numbers.index(items[i]).longValue();
        }
        return out;
    }

    /** Reads an open binary file through {@code _common.load_data}. */
    // CPython: Modules/_zoneinfo.c load_data
    static ZoneData load(ZoneInfoModule.State st, PyObject fileObj) {
        PyObject data = Ops.callMethod(st.common(), "load_data", fileObj);
        if (!(data instanceof PyTuple t) || t.size() != 6) {
            throw PyExceptions.typeError("Invalid data result type: " + Ops.repr(data).value());
        }
        long[] transIdx = longs(t.get(0));
        long[] transUtc = longs(t.get(1));
        long[] utcoff = longs(t.get(2));
        long[] isdst = longs(t.get(3));
        PyObject[] abbr = items(t.get(4));
        PyObject tzStr = t.get(5);
        int numTtinfos = utcoff.length;
        for (long idx : transIdx) {
            if (idx < 0 || idx >= numTtinfos) {
                throw PyExceptions.valueError(
                        "Invalid transition index found while reading TZif: " + idx);
            }
        }
        long[] dstoff = utcoffToDstoff(transIdx, utcoff, isdst);
        long[][] transLocal = tsToLocal(transIdx, transUtc, utcoff);
        TtInfo[] ttinfos = new TtInfo[numTtinfos];
        for (int i = 0; i < numTtinfos; i++) {
            ttinfos[i] = st.ttinfo(utcoff[i], dstoff[i], abbr[i]);
        }
        TtInfo[] transTtinfos = new TtInfo[transIdx.length];
        for (int i = 0; i < transIdx.length; i++) {
            transTtinfos[i] = ttinfos[(int) transIdx[i]];
        }
        TtInfo before = null;
        for (int i = 0; i < numTtinfos; i++) {
            if (isdst[i] == 0) {
                before = ttinfos[i];
                break;
            }
        }
        if (before == null && numTtinfos > 0) {
            before = ttinfos[0];
        }
        TzRule after;
        if (tzStr != PyNone.NONE && Ops.isTrue(tzStr)) {
            String s = new String(PyBytes.requireBytesLike(tzStr),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            after = TzRule.parse(s, Ops.repr(tzStr).value(), st);
        } else {
            if (numTtinfos == 0) {
                throw PyExceptions.valueError("No time zone information found.");
            }
            int idx = transIdx.length == 0 ? numTtinfos - 1
                    : (int) transIdx[transIdx.length - 1];
            TtInfo tti = ttinfos[idx];
            // a standard-only rule copying the last type, DST part included
            after = new TzRule(tti, null, null, null);
        }
        boolean fixed;
        if (numTtinfos > 1 || !after.stdOnly()) {
            fixed = false;
        } else if (numTtinfos == 0) {
            fixed = true;
        } else {
            fixed = ttinfos[0].sameAs(after.std);
        }
        return new ZoneData(transUtc, transLocal, transTtinfos, before, after, fixed);
    }

    /**
     * The DST part of each type, which TZif does not record: the difference from the standard
     * type next to it in the transition list, or one hour when nothing tells.
     */
    // CPython: Modules/_zoneinfo.c utcoff_to_dstoff
    private static long[] utcoffToDstoff(long[] transIdx, long[] utcoffs, long[] isdsts) {
        int typecnt = isdsts.length;
        long[] dstoffs = new long[typecnt];
        // CPython 3.11 counts every type here, not only the DST ones, so the search runs on
        // and the one-hour guess below always gets its chance
        int dstCount = typecnt;
        int dstFound = 0;
        int i = 1;
        for (; i < transIdx.length; i++) {
            if (dstCount == dstFound) {
                break;
            }
            int idx = (int) transIdx[i];
            if (isdsts[idx] == 0 || dstoffs[idx] != 0) {
                continue;
            }
            long dstoff = 0;
            long utcoff = utcoffs[idx];
            int compIdx = (int) transIdx[i - 1];
            if (isdsts[compIdx] == 0) {
                dstoff = utcoff - utcoffs[compIdx];
            }
            if (dstoff == 0 && idx < typecnt - 1) {
                compIdx = (int) transIdx[i + 1 < transIdx.length ? i + 1 : i];
                if (isdsts[compIdx] != 0) {
                    continue;
                }
                dstoff = utcoff - utcoffs[compIdx];
            }
            if (dstoff != 0) {
                dstFound++;
                dstoffs[idx] = dstoff;
            }
        }
        if (dstFound < dstCount) {
            // a DST type with no offset found: an hour is a far better guess than none
            for (int k = 0; k < typecnt; k++) {
                if (dstoffs[k] == 0 && isdsts[k] != 0) {
                    dstoffs[k] = 3600;
                }
            }
        }
        return dstoffs;
    }

    /**
     * Each transition in local time, as seen from before it (fold 1 takes the smaller offset,
     * fold 0 the larger), so that a local time is looked up without knowing its offset.
     */
    // CPython: Modules/_zoneinfo.c ts_to_local
    private static long[][] tsToLocal(long[] transIdx, long[] transUtc, long[] utcoff) {
        int n = transUtc.length;
        long[][] local = {new long[n], new long[n]};
        for (int i = 0; i < n; i++) {
            long off0;
            long off1;
            if (i == 0) {
                off0 = utcoff[0];
                off1 = utcoff.length > 1 ? utcoff[(int) transIdx[0]] : utcoff[0];
            } else {
                off0 = utcoff[(int) transIdx[i - 1]];
                off1 = utcoff[(int) transIdx[i]];
            }
            if (off1 > off0) {
                long tmp = off1;
                off1 = off0;
                off0 = tmp;
            }
            local[0][i] = transUtc[i] + off0;
            local[1][i] = transUtc[i] + off1;
        }
        return local;
    }

    /** The number of entries of {@code list} that are at most {@code ts} (bisect_right). */
    static int bisect(long ts, long[] list) {
        int lo = 0;
        int hi = list.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ts < list[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The time type in force at local time {@code ts} with the fold given. */
    // CPython: Modules/_zoneinfo.c find_ttinfo
    TtInfo find(long ts, int fold, int year) {
        long[] local = transLocal[fold];
        int n = local.length;
        if (n > 0 && ts < local[0]) {
            return ttinfoBefore;
        }
        if (n == 0 || ts > local[n - 1]) {
            return after.find(ts, fold, year);
        }
        return transTtinfos[bisect(ts, local) - 1];
    }

    @Override
    public String toString() {
        return "ZoneData" + Arrays.toString(transUtc);
    }
}
