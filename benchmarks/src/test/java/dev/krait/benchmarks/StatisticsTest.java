package dev.krait.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertEquals(2.0, Statistics.median(List.of(3.0, 1.0, 2.0)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Statistics.median(List.of(4.0, 1.0, 3.0, 2.0)));
    }

    @Test
    void minAndMaxIgnoreOrder() {
        assertEquals(0.5, Statistics.min(List.of(2.0, 0.5, 9.0)));
        assertEquals(9.0, Statistics.max(List.of(2.0, 0.5, 9.0)));
    }

    @Test
    void geometricMeanTreatsHalfAndDoubleAlike() {
        assertEquals(1.0, Statistics.geometricMean(List.of(0.5, 2.0)).getAsDouble(), 1e-12);
        assertEquals(4.0, Statistics.geometricMean(List.of(2.0, 8.0)).getAsDouble(), 1e-12);
    }

    @Test
    void geometricMeanOfNothingIsEmpty() {
        assertTrue(Statistics.geometricMean(List.of()).isEmpty());
    }

    @Test
    void emptyOrNonPositiveInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Statistics.median(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Statistics.geometricMean(List.of(1.0, 0.0)));
    }
}
