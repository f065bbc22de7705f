package dev.krait.modules.datetime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.objects.PyException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;

/**
 * The calendar arithmetic against java.time's proleptic ISO calendar, which agrees with
 * Python's for years 1 to 9999: every ordinal round-trips, weekdays and ISO weeks match, and
 * normalisation carries fields the way date and datetime arithmetic needs.
 */
class DateMathTest {
    /** java.time's epoch day of 0001-01-01, so that ordinal = epochDay - OFFSET. */
    private static final long OFFSET = LocalDate.of(1, 1, 1).toEpochDay() - 1;

    @Test
    void everyOrdinalRoundTripsAndMatchesJavaTime() {
        for (int n = 1; n <= DateMath.MAXORDINAL; n++) {
            int ymd = DateMath.fromOrdinal(n);
            int y = DateMath.packedYear(ymd);
            int m = DateMath.packedMonth(ymd);
            int d = DateMath.packedDay(ymd);
            assertEquals(n, DateMath.toOrdinal(y, m, d));
            if (n % 997 == 0 || d == 1 || (m == 12 && d == 31)) {
                LocalDate j = LocalDate.ofEpochDay(n + OFFSET);
                assertEquals(j.getYear() * 10000 + j.getMonthValue() * 100 + j.getDayOfMonth(),
                        y * 10000 + m * 100 + d, "ordinal " + n);
                assertEquals(j.getDayOfWeek().getValue() - 1, DateMath.weekday(y, m, d));
            }
        }
    }

    @Test
    void isoCalendarMatchesJavaTime() {
        for (int n = 1; n <= DateMath.MAXORDINAL; n += 11) {
            LocalDate j = LocalDate.ofEpochDay(n + OFFSET);
            int[] iso = DateMath.isoCalendar(j.getYear(), j.getMonthValue(), j.getDayOfMonth());
            assertArrayEquals(new int[] {j.get(IsoFields.WEEK_BASED_YEAR),
                j.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), j.getDayOfWeek().getValue()}, iso,
                    j.toString());
        }
    }

    @Test
    void normalizationCarriesIntoTheNextYear() {
        long[] f = {2020, 12, 31, 23, 59, 59, 1000000};
        DateMath.normalizeDateTime(f);
        assertArrayEquals(new long[] {2021, 1, 1, 0, 0, 0, 0}, f);
        long[] back = {2021, 1, 1, 0, 0, 0, -1};
        DateMath.normalizeDateTime(back);
        assertArrayEquals(new long[] {2020, 12, 31, 23, 59, 59, 999999}, back);
        long[] far = {2000, 3, 1 - 999999999L, 0, 0, 0, 0};
        assertThrows(PyException.class, () -> DateMath.normalizeDateTime(far));
        long[] edge = {9999, 12, 32, 0, 0, 0, 0};
        assertThrows(PyException.class, () -> DateMath.normalizeDateTime(edge));
        long[] leap = {2024, 2, 30, 0, 0, 0, 0};
        DateMath.normalizeDateTime(leap);
        assertTrue(leap[1] == 3 && leap[2] == 1);
    }
}
