package dev.krait.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code PYTHONHASHSEED} turns into the SipHash key (CPython's hashes are checked by the
 * differential test; here, the parsing and the choice between fixed and random keys). */
class HashSecretTest {
    private static HashSecret withEnvironment(Map<String, String> environment) {
        return HashSecret.fromEnvironment(environment::get, new SecureRandom());
    }

    @Test
    void seedZeroDisablesRandomizationWithAnAllZeroKey() {
        HashSecret secret = HashSecret.fromSeed(0);
        assertEquals(0, secret.k0());
        assertEquals(0, secret.k1());
        assertFalse(secret.randomized());
    }

    @Test
    void aFixedSeedGivesTheSameKeyEveryTime() {
        HashSecret a = withEnvironment(Map.of("PYTHONHASHSEED", "42"));
        HashSecret b = HashSecret.fromSeed(42);
        assertEquals(a.k0(), b.k0());
        assertEquals(a.k1(), b.k1());
        assertTrue(a.randomized());
        assertEquals(42, a.seed());
        assertNotEquals(a.k0(), HashSecret.fromSeed(43).k0());
    }

    @Test
    void unsetEmptyAndRandomMeanARandomKey() {
        for (Map<String, String> environment : new Map[] {Map.of(),
            Map.of("PYTHONHASHSEED", ""), Map.of("PYTHONHASHSEED", "random")}) {
            HashSecret a = withEnvironment(environment);
            HashSecret b = withEnvironment(environment);
            assertTrue(a.randomized());
            assertEquals(-1, a.seed());
            assertNotEquals(a.k0() + "/" + a.k1(), b.k0() + "/" + b.k1());
        }
    }

    @Test
    void seedsAreReadAsCReadsThemWithStrtoul() {
        assertEquals(5, HashSecret.parseSeed(" 5"));
        assertEquals(7, HashSecret.parseSeed("+7"));
        assertEquals(0, HashSecret.parseSeed("-0"));
        assertEquals(4294967295L, HashSecret.parseSeed("4294967295"));
        assertEquals(12, HashSecret.parseSeed("\t\n012"));
    }

    @Test
    void seedsCPythonRefusesAreRefused() {
        for (String text : new String[] {"-1", "4294967296", "99999999999999999999999", "abc",
            "0x1", "5 ", "+", "-", "1.5"}) {
            HashSecret.BadSeedException e = assertThrows(HashSecret.BadSeedException.class,
                    () -> withEnvironment(Map.of("PYTHONHASHSEED", text)), text);
            assertEquals(HashSecret.BAD_SEED_MESSAGE, e.getMessage());
        }
        assertThrows(HashSecret.BadSeedException.class, () -> HashSecret.fromSeed(-1));
    }

    @Test
    void explicitKeysAreKept() {
        HashSecret secret = HashSecret.ofKeys(0x0123456789abcdefL, -2);
        assertEquals(0x0123456789abcdefL, secret.k0());
        assertEquals(-2, secret.k1());
    }
}
