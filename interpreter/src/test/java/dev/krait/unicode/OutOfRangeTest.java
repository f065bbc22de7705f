package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Values no Python string can hold (negative, above U+10FFFF) and names or forms that do not
 * exist get plain "no" answers, never a Java exception, so a caller's bug cannot crash a lookup.
 * Everything a Python string can hold is checked against CPython by {@link EveryCodePointTest}.
 */
class OutOfRangeTest {
    private static final int[] OUTSIDE = {-1, Integer.MIN_VALUE, 0x110000, Integer.MAX_VALUE};

    @Test
    void codePointsOutsideUnicodeHaveNoProperties() {
        for (int cp : OUTSIDE) {
            assertFalse(UnicodeData.isXidStart(cp) || UnicodeData.isXidContinue(cp)
                    || UnicodeData.isPrintable(cp) || UnicodeData.isSpace(cp)
                    || UnicodeData.isAlpha(cp) || UnicodeData.isAlnum(cp)
                    || UnicodeData.isDecimal(cp) || UnicodeData.isDigit(cp)
                    || UnicodeData.isNumeric(cp) || UnicodeData.isLower(cp)
                    || UnicodeData.isUpper(cp) || UnicodeData.isTitle(cp)
                    || UnicodeData.isCased(cp) || UnicodeData.isCaseIgnorable(cp)
                    || UnicodeData.isLinebreak(cp) || UnicodeData.isMirrored(cp), "U+" + cp);
            assertEquals("Cn", UnicodeData.category(cp));
            assertNull(UnicodeData.name(cp));
            assertEquals(0, UnicodeData.combining(cp));
            assertEquals(-1, UnicodeData.decimal(cp));
            assertEquals(-1, UnicodeData.digit(cp));
            assertTrue(Double.isNaN(UnicodeData.numeric(cp)));
            assertEquals("", UnicodeData.decomposition(cp));
        }
    }

    @Test
    void unknownNamesAndFormsAreRefused() {
        assertNull(UnicodeData.lookupName("NO SUCH CHARACTER NAME"));
        assertNull(UnicodeData.lookup("x".repeat(10_000)));
        assertNull(UnicodeData.lookupName("LATIN SMALL LETTER A\u0000"));
        assertNull(NormalizationForm.named("NFX"));
        assertNull(NormalizationForm.named("nfc"));
        assertEquals(NormalizationForm.NFKD, NormalizationForm.named("NFKD"));
    }
}
