package dev.krait.hashing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The set table as a set (membership against {@link HashSet}), and its survival of comparisons
 * that throw or mutate the table. The slot layout itself is compared with CPython's by the
 * differential test.
 */
class SetTableTest {
    /** A key whose hash is chosen freely, so that tests can force collisions. */
    record Key(int id, long hash) {}

    private static long hashOf(Key k) {
        return k.hash();
    }

    @Test
    void behavesAsASetUnderRandomOperations() {
        Random random = new Random(3);
        SetTable<Key> table = new SetTable<>(Key::equals);
        Set<Key> model = new HashSet<>();
        Key[] keys = new Key[500];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Key(i, random.nextInt(4) == 0 ? random.nextInt(8) : random.nextLong());
        }
        for (int step = 0; step < 50_000; step++) {
            Key k = keys[random.nextInt(keys.length)];
            switch (random.nextInt(5)) {
                case 0, 1 -> assertEquals(model.add(k), table.add(k, k.hash()));
                case 2 -> assertEquals(model.remove(k), table.discard(k, k.hash()));
                case 3 -> assertEquals(model.contains(k), table.contains(k, k.hash()));
                default -> {
                    Key popped = table.pop();
                    if (model.isEmpty()) {
                        assertNull(popped);
                    } else {
                        assertTrue(model.remove(popped));
                    }
                }
            }
            assertEquals(model.size(), table.size());
        }
        assertEquals(model, new HashSet<>(List.of(table.toArray())));
    }

    @Test
    void aThrowingComparisonPropagatesAndLeavesTheTableIntact() {
        Equality<Key> throwing = (a, b) -> {
            throw new IllegalStateException("__eq__ raised");
        };
        SetTable<Key> table = new SetTable<>(throwing);
        Key a = new Key(1, 5);
        table.add(a, 5);
        assertThrows(IllegalStateException.class, () -> table.add(new Key(2, 5), 5));
        assertThrows(IllegalStateException.class, () -> table.contains(new Key(2, 5), 5));
        assertEquals(1, table.size());
        assertTrue(table.contains(a, 5)); // identity needs no comparison
    }

    /** A comparison that empties, refills or grows the table mid-probe restarts the search. */
    @Test
    void survivesComparisonsThatMutateTheTable() {
        for (int action = 0; action < 4; action++) {
            int mode = action;
            SetTable<Key>[] holder = new SetTable[1];
            int[] calls = {0};
            Equality<Key> meddling = (stored, probe) -> {
                if (calls[0]++ == 0) {
                    SetTable<Key> t = holder[0];
                    switch (mode) {
                        case 0 -> t.clear();
                        case 1 -> t.discard(stored, stored.hash());
                        case 2 -> {
                            for (int i = 0; i < 100; i++) {
                                t.add(new Key(1000 + i, 1000 + i), 1000 + i);
                            }
                        }
                        default -> t.pop();
                    }
                }
                return stored.equals(probe);
            };
            SetTable<Key> table = new SetTable<>(meddling);
            holder[0] = table;
            for (int i = 0; i < 6; i++) {
                table.add(new Key(i, 3), 3); // all collide
            }
            Key probe = new Key(99, 3);
            assertTrue(table.add(probe, 3));
            assertTrue(table.contains(probe, 3));
            assertFalse(table.add(new Key(99, 3), 3));
            assertTrue(table.discard(new Key(99, 3), 3));
            assertFalse(table.contains(probe, 3));
        }
    }

    @Test
    void aCursorReportsASizeChangeAndKeepsReportingIt() {
        SetTable<Key> table = new SetTable<>(Key::equals);
        for (int i = 0; i < 3; i++) {
            table.add(new Key(i, i), i);
        }
        SetCursor cursor = table.cursor();
        assertEquals(3, cursor.lengthHint());
        int first = cursor.next();
        assertTrue(first >= 0);
        assertEquals(2, cursor.lengthHint());
        table.add(new Key(7, 7), 7);
        assertEquals(0, cursor.lengthHint());
        assertEquals(SetCursor.CHANGED_SIZE, cursor.next());
        table.discard(new Key(7, 7), 7);
        assertEquals(SetCursor.CHANGED_SIZE, cursor.next());
    }

    @Test
    void aCursorVisitsTheSlotsInOrderAndThenEnds() {
        SetTable<Key> table = new SetTable<>(Key::equals);
        for (int i = 0; i < 20; i++) {
            table.add(new Key(i, i * 7L), i * 7L);
        }
        SetCursor cursor = table.cursor();
        Object[] seen = new Object[20];
        for (int n = 0; n < 20; n++) {
            seen[n] = table.keyAt(cursor.next());
        }
        assertEquals(SetCursor.END, cursor.next());
        table.clear();
        assertEquals(SetCursor.END, cursor.next()); // an exhausted iterator stays exhausted
        assertArrayEquals(seen, seen.clone());
    }

    @Test
    void swapBodiesExchangesContents() {
        SetTable<Key> a = new SetTable<>(Key::equals);
        SetTable<Key> b = new SetTable<>(Key::equals);
        Key k = new Key(1, 1);
        a.add(k, 1);
        for (int i = 0; i < 50; i++) {
            b.add(new Key(100 + i, i), i);
        }
        a.swapBodies(b);
        assertEquals(50, a.size());
        assertEquals(1, b.size());
        assertSame(k, b.keyAt(b.nextIndex(0)));
        assertTrue(b.contains(k, 1));
    }

    @Test
    void hashesFromAHasherFeedIterableUpdates() {
        SetTable<Key> set = new SetTable<>(Key::equals);
        set.update(List.of(new Key(1, 1), new Key(2, 2), new Key(1, 1)).iterator(),
                SetTableTest::hashOf);
        assertEquals(2, set.size());
    }
}
