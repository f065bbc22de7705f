package dev.krait.modules.datetime;

import dev.krait.objects.PyExceptions;

/**
 * The proleptic Gregorian calendar arithmetic every datetime type shares: ordinals (day 1 is
 * 0001-01-01), month lengths, ISO weeks, and the normalisation of out-of-range fields that date
 * and datetime arithmetic produce. All of it works on Java ints and longs, so that adding a
 * timedelta to a date allocates nothing but the result.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c, the "General calendrical helper
 * functions" and the normalize_* family.
 */
final class DateMath {
    private DateMath() {}

    static final int MINYEAR = 1;
    static final int MAXYEAR = 9999;
    /** The ordinal of 9999-12-31. */
    static final int MAXORDINAL = 3652059;
    static final int MAX_DELTA_DAYS = 999999999;

    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
        31};
    private static final int[] DAYS_BEFORE_MONTH = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243,
        273, 304, 334};
    static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static final String[] MONTH_NAMES = {null, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
        "Aug", "Sep", "Oct", "Nov", "Dec"};

    static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(int year, int month) {
        return month == 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
    }

    static int daysBeforeMonth(int year, int month) {
        return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
    }

    // CPython: Modules/_datetimemodule.c days_before_year
    static int daysBeforeYear(int year) {
        int y = year - 1;
        return y * 365 + y / 4 - y / 100 + y / 400;
    }

    // CPython: Modules/_datetimemodule.c ymd_to_ord
    static int toOrdinal(int year, int month, int day) {
        return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
    }

    /** 0 = Monday. CPython: Modules/_datetimemodule.c weekday */
    static int weekday(int year, int month, int day) {
        return (toOrdinal(year, month, day) + 6) % 7;
    }

    /**
     * The date of an ordinal, packed as {@code year << 9 | month << 5 | day}: the 400-, 100-,
     * 4- and 1-year cycles peeled off in turn.
     * CPython: Modules/_datetimemodule.c ord_to_ymd
     */
    static int fromOrdinal(int ordinal) {
        int n = ordinal - 1;
        int n400 = n / 146097;
        n %= 146097;
        int year = n400 * 400 + 1;
        int n100 = n / 36524;
        n %= 36524;
        int n4 = n / 1461;
        n %= 1461;
        int n1 = n / 365;
        n %= 365;
        year += n100 * 100 + n4 * 4 + n1;
        if (n1 == 4 || n100 == 4) {
            // the last day of a 4- or 400-year cycle: December 31st of the year before
            return (year - 1) << 9 | 12 << 5 | 31;
        }
        boolean leap = n1 == 3 && (n4 != 24 || n100 == 3);
        int month = (n + 50) >> 5;
        int preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
        if (preceding > n) {
            month--;
            preceding -= month == 2 && leap ? 29 : DAYS_IN_MONTH[month];
        }
        return year << 9 | month << 5 | (n - preceding + 1);
    }

    static int packedYear(int ymd) {
        return ymd >> 9;
    }

    static int packedMonth(int ymd) {
        return (ymd >> 5) & 15;
    }

    static int packedDay(int ymd) {
        return ymd & 31;
    }

    /** The ordinal of the Monday of ISO week 1. CPython: iso_week1_monday */
    static int isoWeek1Monday(int year) {
        int firstDay = toOrdinal(year, 1, 1);
        int firstWeekday = (firstDay + 6) % 7;
        int monday = firstDay - firstWeekday;
        return firstWeekday > 3 ? monday + 7 : monday;
    }

    /** {year, week, weekday} of a date. CPython: Modules/_datetimemodule.c date_isocalendar */
    static int[] isoCalendar(int year, int month, int day) {
        int monday = isoWeek1Monday(year);
        int today = toOrdinal(year, month, day);
        int week = Math.floorDiv(today - monday, 7);
        int wday = Math.floorMod(today - monday, 7);
        if (week < 0) {
            year--;
            monday = isoWeek1Monday(year);
            week = Math.floorDiv(today - monday, 7);
            wday = Math.floorMod(today - monday, 7);
        } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
            year++;
            week = 0;
        }
        return new int[] {year, week + 1, wday + 1};
    }

    /** Raises CPython's ValueError unless the date is valid. CPython: check_date_args */
    static void checkDate(long year, long month, long day) {
        if (year < MINYEAR || year > MAXYEAR) {
            throw PyExceptions.valueError("year " + year + " is out of range");
        }
        if (month < 1 || month > 12) {
            throw PyExceptions.valueError("month must be in 1..12");
        }
        if (day < 1 || day > daysInMonth((int) year, (int) month)) {
            throw PyExceptions.valueError("day is out of range for month");
        }
    }

    /** CPython: Modules/_datetimemodule.c check_time_args */
    static void checkTime(long h, long m, long s, long us, long fold) {
        if (h < 0 || h > 23) {
            throw PyExceptions.valueError("hour must be in 0..23");
        }
        if (m < 0 || m > 59) {
            throw PyExceptions.valueError("minute must be in 0..59");
        }
        if (s < 0 || s > 59) {
            throw PyExceptions.valueError("second must be in 0..59");
        }
        if (us < 0 || us > 999999) {
            throw PyExceptions.valueError("microsecond must be in 0..999999");
        }
        if (fold != 0 && fold != 1) {
            throw PyExceptions.valueError("fold must be either 0 or 1");
        }
    }

    /**
     * Brings fields past their range back in, carrying into the next larger unit, and returns
     * the date part as an ordinal-based packed value; {@code f} is {year, month, day, hour,
     * minute, second, microsecond} as longs and is updated in place (the time part). Raises
     * OverflowError "date value out of range" outside years 1..9999.
     * CPython: Modules/_datetimemodule.c normalize_datetime
     */
    static void normalizeDateTime(long[] f) {
        long us = f[6];
        long carry = Math.floorDiv(us, 1000000);
        f[6] = us - carry * 1000000;
        long s = f[5] + carry;
        carry = Math.floorDiv(s, 60);
        f[5] = s - carry * 60;
        long m = f[4] + carry;
        carry = Math.floorDiv(m, 60);
        f[4] = m - carry * 60;
        long h = f[3] + carry;
        carry = Math.floorDiv(h, 24);
        f[3] = h - carry * 24;
        f[2] += carry;
        normalizeDate(f);
    }

    /** The date part of {@link #normalizeDateTime}: f[0..2] = year, month, day. */
    static void normalizeDate(long[] f) {
        long month = f[1];
        if (month < 1 || month > 12) {
            long carry = Math.floorDiv(month - 1, 12);
            f[0] += carry;
            f[1] = month - carry * 12;
        }
        long year = f[0];
        long day = f[2];
        if (year >= MINYEAR && year <= MAXYEAR && day >= 1
                && day <= daysInMonth((int) year, (int) f[1])) {
            return;
        }
        if (year < MINYEAR - 1 || year > MAXYEAR + 1) {
            throw PyExceptions.overflowError("date value out of range");
        }
        // Through the ordinal; years 0 and 10000 only arise from a month carry
        long y = year - 1;
        long ordinal = y * 365 + Math.floorDiv(y, 4) - Math.floorDiv(y, 100)
                + Math.floorDiv(y, 400) + daysBeforeMonth((int) year, (int) f[1]) + day;
        setFromOrdinal(f, ordinal);
    }

    /** f[0..2] = the date of {@code ordinal}, or OverflowError "date value out of range". */
    static void setFromOrdinal(long[] f, long ordinal) {
        if (ordinal < 1 || ordinal > MAXORDINAL) {
            throw PyExceptions.overflowError("date value out of range");
        }
        int ymd = fromOrdinal((int) ordinal);
        f[0] = packedYear(ymd);
        f[1] = packedMonth(ymd);
        f[2] = packedDay(ymd);
    }
}
