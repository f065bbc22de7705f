package dev.krait.modules.zoneinfo;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * The rule a zone follows after its last listed transition: the POSIX TZ string at the end of a
 * TZif file ({@code CET-1CEST,M3.5.0,M10.5.0/3}), standard time only or standard and daylight
 * time with the yearly dates they start. Times are "local seconds since 1970", as
 * {@link ZoneData}'s transition lists are.
 *
 * <p>CPython counterpart: Modules/_zoneinfo.c {@code _tzrule}, {@code parse_tz_str},
 * {@code find_tzrule_ttinfo}, {@code find_tzrule_ttinfo_fromutc}, {@code CalendarRule},
 * {@code DayRule}.
 */
final class TzRule {
    private static final int[] DAYS_IN_MONTH = {-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
        31};
    private static final int[] DAYS_BEFORE_MONTH = {-1, 0, 31, 59, 90, 120, 151, 181, 212, 243,
        273, 304, 334};
    static final int EPOCH_ORDINAL = 719163;

    final TtInfo std;
    final TtInfo dst;
    final long dstDiff;
    private final Transition start;
    private final Transition end;

    TzRule(TtInfo std, TtInfo dst, Transition start, Transition end) {
        this.std = std;
        this.dst = dst;
        this.dstDiff = dst == null ? 0 : dst.utcoffSeconds() - std.utcoffSeconds();
        this.start = start;
        this.end = end;
    }

    boolean stdOnly() {
        return dst == null;
    }

    /** A yearly transition date and time: "Mm.w.d" or "Jn"/"n", then "/time". */
    record Transition(boolean calendar, int month, int week, int day, boolean julian,
            long seconds) {
        // CPython: Modules/_zoneinfo.c calendarrule_year_to_timestamp,
        // dayrule_year_to_timestamp
        long yearToTimestamp(int year) {
            if (calendar) {
                int firstDay = (int) ((ymdToOrd(year, month, 1) + 6) % 7);
                int daysInMonth = DAYS_IN_MONTH[month] + (month == 2 && isLeap(year) ? 1 : 0);
                int monthDay = Math.floorMod(day - (firstDay + 1), 7) + 1;
                monthDay += (week - 1) * 7;
                if (monthDay > daysInMonth) {
                    monthDay -= 7;
                }
                return (ymdToOrd(year, month, monthDay) - EPOCH_ORDINAL) * 86400 + seconds;
            }
            long daysBeforeYear = ymdToOrd(year, 1, 1) - EPOCH_ORDINAL - 1;
            long d = day;
            if (julian && d >= 59 && isLeap(year)) {
                d += 1;
            }
            return (daysBeforeYear + d) * 86400 + seconds;
        }
    }

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    // CPython: Modules/_zoneinfo.c ymd_to_ord
    static long ymdToOrd(int y, int m, int d) {
        long yy = y - 1;
        long daysBeforeYear = yy * 365 + yy / 4 - yy / 100 + yy / 400;
        int yearday = DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0);
        return daysBeforeYear + yearday + d;
    }

    private long[] transitions(int year) {
        return new long[] {start.yearToTimestamp(year), end.yearToTimestamp(year)};
    }

    /** The time type at local time {@code ts} of {@code year}, with the fold given. */
    // CPython: Modules/_zoneinfo.c find_tzrule_ttinfo
    TtInfo find(long ts, int fold, int year) {
        if (stdOnly()) {
            return std;
        }
        long[] se = transitions(year);
        long s = se[0];
        long e = se[1];
        // the fold decides which side of the gap or fold the ambiguous hour belongs to
        if ((fold != 0) == (dstDiff >= 0)) {
            e -= dstDiff;
        } else {
            s += dstDiff;
        }
        boolean isDst = s < e ? s <= ts && ts < e : !(e <= ts && ts < s);
        return isDst ? dst : std;
    }

    /** The time type at UTC time {@code ts}; {@code fold[0]} says whether it is a repeat. */
    // CPython: Modules/_zoneinfo.c find_tzrule_ttinfo_fromutc
    TtInfo findFromUtc(long ts, int year, int[] fold) {
        if (stdOnly()) {
            fold[0] = 0;
            return std;
        }
        long[] se = transitions(year);
        long s = se[0] - std.utcoffSeconds();
        long e = se[1] - dst.utcoffSeconds();
        boolean isDst = s < e ? s <= ts && ts < e : !(e <= ts && ts < s);
        long ambigStart;
        long ambigEnd;
        if (dstDiff > 0) {
            ambigStart = e;
            ambigEnd = e + dstDiff;
        } else {
            ambigStart = s;
            ambigEnd = s - dstDiff;
        }
        fold[0] = ts >= ambigStart && ts < ambigEnd ? 1 : 0;
        return isDst ? dst : std;
    }

    // ---- parsing ----------------------------------------------------------------------------

    /** Parses a TZ string; {@code repr} is the bytes' repr for messages. */
    // CPython: Modules/_zoneinfo.c parse_tz_str
    static TzRule parse(String s, String repr, ZoneInfoModule.State st) {
        Parser p = new Parser(s);
        String stdAbbr = p.abbr();
        if (stdAbbr == null) {
            throw PyExceptions.valueError("Invalid STD format in " + repr);
        }
        Long stdOffset = p.delta();
        if (stdOffset == null) {
            throw PyExceptions.valueError("Invalid STD offset in " + repr);
        }
        if (p.atEnd()) {
            return new TzRule(st.ttinfo(stdOffset, 0, PyStr.of(stdAbbr)), null, null, null);
        }
        String dstAbbr = p.abbr();
        if (dstAbbr == null) {
            throw PyExceptions.valueError("Invalid DST format in " + repr);
        }
        long dstOffset;
        if (p.peek() == ',') {
            dstOffset = stdOffset + 3600;
        } else {
            Long d = p.delta();
            if (d == null) {
                throw PyExceptions.valueError("Invalid DST offset in " + repr);
            }
            dstOffset = d;
        }
        Transition[] rules = new Transition[2];
        for (int i = 0; i < 2; i++) {
            if (p.peek() != ',') {
                throw PyExceptions.valueError("Missing transition rules in TZ string: " + repr);
            }
            p.pos++;
            rules[i] = p.transition();
            if (rules[i] == null) {
                throw PyExceptions.valueError("Malformed transition rule in TZ string: "
                        + repr);
            }
        }
        if (!p.atEnd()) {
            throw PyExceptions.valueError("Extraneous characters at end of TZ string: "
                    + repr);
        }
        TtInfo std = st.ttinfo(stdOffset, 0, PyStr.of(stdAbbr));
        TtInfo dst = st.ttinfo(dstOffset, dstOffset - stdOffset, PyStr.of(dstAbbr));
        return new TzRule(std, dst, rules[0], rules[1]);
    }

    /** A cursor over a TZ string; each method returns null for malformed input. */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        static boolean isAlpha(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        // CPython: Modules/_zoneinfo.c parse_abbr
        String abbr() {
            int begin = pos;
            if (peek() == '<') {
                pos++;
                int from = pos;
                while (peek() != '>') {
                    char c = peek();
                    if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-') {
                        return null;
                    }
                    pos++;
                }
                String a = s.substring(from, pos);
                pos++;
                return a;
            }
            while (isAlpha(peek())) {
                pos++;
            }
            return pos == begin ? null : s.substring(begin, pos);
        }

        /** An offset {@code [+-]hh[:mm[:ss]]}, in seconds east of UTC (POSIX's sign flipped). */
        // CPython: Modules/_zoneinfo.c parse_tz_delta
        Long delta() {
            long sign = -1;
            char c = peek();
            if (c == '-' || c == '+') {
                if (c == '-') {
                    sign = 1;
                }
                pos++;
            }
            long hours = 0;
            for (int i = 0; i < 2; i++) {
                if (!isDigit(peek())) {
                    if (i == 0) {
                        return null;
                    }
                    break;
                }
                hours = hours * 10 + (peek() - '0');
                pos++;
            }
            if (hours > 24) {
                return null;
            }
            long[] parts = new long[2];
            for (int i = 0; i < 2; i++) {
                if (peek() != ':') {
                    break;
                }
                pos++;
                for (int j = 0; j < 2; j++) {
                    if (!isDigit(peek())) {
                        return null;
                    }
                    parts[i] = parts[i] * 10 + (peek() - '0');
                    pos++;
                }
            }
            return sign * (hours * 3600 + parts[0] * 60 + parts[1]);
        }

        private int digit() {
            char c = peek();
            if (!isDigit(c)) {
                return -1;
            }
            pos++;
            return c - '0';
        }

        // CPython: Modules/_zoneinfo.c parse_transition_rule
        Transition transition() {
            long seconds = 2 * 3600;
            if (peek() == 'M') {
                pos++;
                int month = digit();
                if (month < 0) {
                    return null;
                }
                if (peek() != '.') {
                    int second = digit();
                    if (second < 0) {
                        return null;
                    }
                    month = month * 10 + second;
                }
                int[] wd = new int[2];
                for (int i = 0; i < 2; i++) {
                    if (peek() != '.') {
                        return null;
                    }
                    pos++;
                    wd[i] = digit();
                    if (wd[i] < 0) {
                        return null;
                    }
                }
                if (peek() == '/') {
                    pos++;
                    Long t = time();
                    if (t == null) {
                        return null;
                    }
                    seconds = t;
                }
                // CPython: Modules/_zoneinfo.c calendarrule_new (whose own message the caller's
                // "Malformed transition rule" replaces)
                if (month <= 0 || month > 12 || wd[0] <= 0 || wd[0] > 5 || wd[1] > 6) {
                    return null;
                }
                return new Transition(true, month, wd[0], wd[1], false, seconds);
            }
            boolean julian = false;
            if (peek() == 'J') {
                julian = true;
                pos++;
            }
            int day = 0;
            for (int i = 0; i < 3; i++) {
                if (!isDigit(peek())) {
                    if (i == 0) {
                        return null;
                    }
                    break;
                }
                day = day * 10 + (peek() - '0');
                pos++;
            }
            if (peek() == '/') {
                pos++;
                Long t = time();
                if (t == null) {
                    return null;
                }
                seconds = t;
            }
            // CPython: Modules/_zoneinfo.c dayrule_new (its message replaced as above)
            if (day < (julian ? 1 : 0) || day > 365) {
                return null;
            }
            return new Transition(false, 0, 0, day, julian, seconds);
        }

        /** A transition time {@code [+-]h[h][:mm[:ss]]}, in seconds. */
        // CPython: Modules/_zoneinfo.c parse_transition_time
        Long time() {
            int sign = 1;
            if (peek() == '-' || peek() == '+') {
                if (peek() == '-') {
                    sign = -1;
                }
                pos++;
            }
            long[] parts = new long[3];
            for (int i = 0; i < 3; i++) {
                if (i > 0) {
                    if (peek() != ':') {
                        break;
                    }
                    pos++;
                }
                for (int j = 0; j < 2; j++) {
                    if (!isDigit(peek())) {
                        if (i == 0 && j > 0) {
                            break;
                        }
                        return null;
                    }
                    parts[i] = parts[i] * 10 + (peek() - '0');
                    pos++;
                }
            }
            return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
        }
    }
}
