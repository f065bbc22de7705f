package dev.krait.modules.datetime;

import dev.krait.objects.PyExceptions;
import java.nio.charset.StandardCharsets;

/**
 * The ISO 8601 parsers behind {@code fromisoformat}: the calendar-date and ISO-week forms,
 * times with optional fractions and UTC offsets, and the search for the date/time separator.
 * They scan the UTF-8 bytes as CPython does, reading a NUL past the end where C reads the
 * terminator, so that they accept and reject exactly the strings CPython's do.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c {@code parse_isoformat_date},
 * {@code parse_hh_mm_ss_ff}, {@code parse_isoformat_time},
 * {@code _find_isoformat_datetime_separator}, {@code iso_to_ymd}.
 */
final class IsoParser {
    private final byte[] s;
    private int p;

    private IsoParser(byte[] s) {
        this.s = s;
    }

    private int at(int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }

    /** Reads {@code n} digits into {@code out[k]}; false if one is not a digit. */
    private boolean digits(int[] out, int k, int n) {
        for (int i = 0; i < n; i++) {
            int d = at(p++) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            out[k] = out[k] * 10 + d;
        }
        return true;
    }

    /** {year, month, day} of {@code date.fromisoformat}'s argument, or null if invalid. */
    static int[] parseDate(String text) {
        byte[] b = utf8(text);
        if (b == null || !(b.length == 7 || b.length == 8 || b.length == 10)) {
            return null;
        }
        int[] ymd = new int[3];
        return new IsoParser(b).date(b.length, ymd) == 0 ? ymd : null;
    }

    /** The UTF-8 bytes of a string, or null if it holds a lone surrogate. */
    private static byte[] utf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // CPython: Modules/_datetimemodule.c parse_isoformat_date
    private int date(int len, int[] ymd) {
        if (!digits(ymd, 0, 4)) {
            return -1;
        }
        boolean sep = at(p) == '-';
        if (sep) {
            p++;
        }
        if (at(p) == 'W') {
            p++;
            int[] wd = new int[2];
            if (!digits(wd, 0, 2)) {
                return -3;
            }
            if (p < len) {
                if (sep && at(p++) != '-') {
                    return -2;
                }
                if (!digits(wd, 1, 1)) {
                    return -4;
                }
            } else {
                wd[1] = 1;
            }
            int r = isoToYmdCode(ymd[0], wd[0], wd[1]);
            if (r < 0) {
                return -3 + r;
            }
            ymd[0] = DateMath.packedYear(r);
            ymd[1] = DateMath.packedMonth(r);
            ymd[2] = DateMath.packedDay(r);
            return 0;
        }
        if (!digits(ymd, 1, 2)) {
            return -1;
        }
        if (sep && at(p++) != '-') {
            return -2;
        }
        return digits(ymd, 2, 2) ? 0 : -1;
    }

    /** Packed y/m/d of an ISO week date, or -2 (bad week), -3 (bad day). */
    private static int isoToYmdCode(int year, int week, int day) {
        if (week <= 0 || week >= 53) {
            boolean ok = false;
            if (week == 53) {
                int first = DateMath.weekday(Math.max(year, 1), 1, 1);
                ok = first == 3 || (first == 2 && DateMath.isLeap(year));
            }
            if (!ok) {
                return -2;
            }
        }
        if (day <= 0 || day >= 8) {
            return -3;
        }
        int ordinal = DateMath.isoWeek1Monday(Math.max(year, 1)) + (week - 1) * 7 + day - 1;
        if (year < 1 || ordinal < 1 || ordinal > DateMath.MAXORDINAL) {
            // only year 0 gets here: reported by the date range check
            return 1 << 5 | 1;
        }
        return DateMath.fromOrdinal(ordinal);
    }

    /** CPython: Modules/_datetimemodule.c iso_to_ymd, with date_fromisocalendar's errors. */
    static int isoToYmd(int year, int week, int day) {
        int r = isoToYmdCode(year, week, day);
        if (r == -2) {
            throw PyExceptions.valueError("Invalid week: " + week);
        }
        if (r == -3) {
            throw PyExceptions.valueError("Invalid day: " + day + " (range is [1, 7])");
        }
        return r;
    }

    // CPython: Modules/_datetimemodule.c parse_hh_mm_ss_ff
    private int hhmmssff(int end, int[] out, int base) {
        boolean sep = true;
        for (int i = 0; i < 3; i++) {
            if (!digits(out, base + i, 2)) {
                return -3;
            }
            int c = at(p++);
            if (i == 0) {
                sep = c == ':';
            }
            if (p >= end) {
                return c != 0 ? 1 : 0;
            } else if (sep && c == ':') {
                continue;
            } else if (c == '.' || c == ',') {
                break;
            } else if (!sep) {
                p--;
            } else {
                return -4;
            }
        }
        int toParse = Math.min(end - p, 6);
        if (!digits(out, base + 3, toParse)) {
            return -3;
        }
        for (int i = toParse; i < 6; i++) {
            out[base + 3] *= 10;
        }
        while (at(p) >= '0' && at(p) <= '9') {
            p++;
        }
        return at(p) != 0 ? 1 : 0;
    }

    // CPython: Modules/_datetimemodule.c parse_isoformat_time
    private int time(int start, int[] out) {
        p = start;
        int end = s.length;
        int tz = start;
        do {
            int c = at(tz);
            if (c == 'Z' || c == '+' || c == '-') {
                break;
            }
        } while (++tz < end);
        int rv = hhmmssff(tz, out, 0);
        if (rv < 0) {
            return rv;
        }
        if (tz == end) {
            return rv == 1 ? -5 : 0;
        }
        if (at(tz) == 'Z') {
            return at(tz + 1) != 0 ? -5 : 1;
        }
        int sign = at(tz) == '-' ? -1 : 1;
        p = tz + 1;
        int[] t = new int[4];
        rv = hhmmssff(end, t, 0);
        out[4] = sign * (t[0] * 3600 + t[1] * 60 + t[2]);
        out[5] = sign * t[3];
        return rv != 0 ? -5 : 1;
    }

    /**
     * {hour, minute, second, microsecond, tz seconds, tz micros, has-tz} of
     * {@code time.fromisoformat}'s argument, or null if invalid.
     */
    static int[] parseTime(String text) {
        byte[] b = utf8(text);
        if (b == null) {
            return null;
        }
        int start = b.length > 0 && b[0] == 'T' ? 1 : 0;
        int[] out = new int[7];
        int rv = new IsoParser(b).time(start, out);
        if (rv < 0) {
            return null;
        }
        out[6] = rv;
        return out;
    }

    /**
     * {year, month, day, hour, minute, second, microsecond, tz seconds, tz micros, has-tz} of
     * {@code datetime.fromisoformat}'s argument, or null if invalid.
     * CPython: Modules/_datetimemodule.c datetime_fromisoformat
     */
    static int[] parseDateTime(String text) {
        int[] cps = text.codePoints().toArray();
        if (cps.length < 7) {
            return null;
        }
        for (int pos : new int[] {7, 8, 10}) {
            if (pos >= cps.length) {
                break;
            }
            if (cps[pos] >= 0xD800 && cps[pos] <= 0xDFFF) {
                cps[pos] = 'T';
                text = new String(cps, 0, cps.length);
                break;
            }
        }
        byte[] b = utf8(text);
        if (b == null) {
            return null;
        }
        IsoParser parser = new IsoParser(b);
        int len = b.length;
        int sepAt = separator(b, len);
        if (sepAt < 0) {
            return null;
        }
        int[] ymd = new int[3];
        int rv = parser.date(sepAt, ymd);
        int[] t = new int[6];
        if (rv == 0 && len > sepAt) {
            int q = sepAt;
            int lead = b[q] & 0xff;
            q += (lead & 0x80) == 0 ? 1 : (lead & 0xf0) == 0xe0 ? 3 : (lead & 0xf0) == 0xf0 ? 4
                    : 2;
            if (q > len) {
                q = len;
            }
            rv = parser.time(q, t);
        }
        if (rv < 0) {
            return null;
        }
        return new int[] {ymd[0], ymd[1], ymd[2], t[0], t[1], t[2], t[3], t[4], t[5], rv};
    }

    // CPython: Modules/_datetimemodule.c _find_isoformat_datetime_separator
    private static int separator(byte[] s, int len) {
        if (len == 7) {
            return 7;
        }
        if (s[4] == '-') {
            if (s[5] == 'W') {
                if (len < 8) {
                    return -1;
                }
                if (len > 8 && s[8] == '-') {
                    if (len == 9) {
                        return -1;
                    }
                    if (len > 10 && s[10] >= '0' && s[10] <= '9') {
                        return 8;
                    }
                    return 10;
                }
                return 8;
            }
            return 10;
        }
        if (s[4] == 'W') {
            int idx = 7;
            while (idx < len && s[idx] >= '0' && s[idx] <= '9') {
                idx++;
            }
            if (idx < 9) {
                return idx;
            }
            return idx % 2 == 0 ? 7 : 8;
        }
        return 8;
    }
}
