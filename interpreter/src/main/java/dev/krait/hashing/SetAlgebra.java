package dev.krait.hashing;

import java.util.Iterator;

/**
 * The set operators built as CPython builds them: which operand is iterated, which is probed, how
 * the result table is sized and in which order keys enter it. The result's slot layout, hence
 * the order {@code print} shows, follows from those choices, so each is kept.
 *
 * <p>Operands that are sets (or dicts) come as tables; any other iterable comes as an iterator
 * and a {@link Hasher}. Identity of tables stands for identity of the Python objects
 * ({@code s & s}).
 */
// CPython: Objects/setobject.c set_or, set_intersection, set_difference, set_symmetric_difference
public final class SetAlgebra {
    private SetAlgebra() {}

    /** {@code a | b}, {@code a.union(b)}: a copy of a, updated with b. */
    // CPython: Objects/setobject.c set_or, set_union
    public static <K> SetTable<K> union(SetTable<K> a, SetTable<? extends K> b) {
        SetTable<K> result = a.copy();
        if (b != a) {
            result.update(b);
        }
        return result;
    }

    /**
     * {@code a & b}: iterates the smaller set (a when sizes tie), probes the larger, and adds
     * each common key to an empty result in that order.
     */
    // CPython: Objects/setobject.c set_intersection (the set branch)
    public static <K> SetTable<K> intersection(SetTable<K> a, SetTable<K> b) {
        if (a == b) {
            return a.copy();
        }
        SetTable<K> result = new SetTable<>(a.equality);
        SetTable<K> probed = a;
        SetTable<K> iterated = b;
        if (b.used > a.used) {
            probed = b;
            iterated = a;
        }
        for (int i = iterated.nextIndex(0); i >= 0; i = iterated.nextIndex(i + 1)) {
            K key = iterated.keyAt(i);
            long hash = iterated.hashAt(i);
            if (probed.contains(key, hash)) {
                result.add(key, hash);
            }
        }
        return result;
    }

    /**
     * {@code a.intersection(iterable)}: keys in iteration order, stopping once the result is as
     * large as a.
     */
    // CPython: Objects/setobject.c set_intersection (the iterable branch)
    public static <K> SetTable<K> intersection(SetTable<K> a, Iterator<? extends K> items,
            Hasher<? super K> hasher) {
        SetTable<K> result = new SetTable<>(a.equality);
        while (items.hasNext()) {
            K key = items.next();
            long hash = hasher.hash(key);
            if (a.contains(key, hash)) {
                result.add(key, hash);
                if (result.used >= a.used) {
                    break;
                }
            }
        }
        return result;
    }

    /** {@code a &= b}: the intersection, then swapped into a. */
    // CPython: Objects/setobject.c set_intersection_update
    public static <K> void intersectionUpdate(SetTable<K> a, SetTable<K> b) {
        a.swapBodies(intersection(a, b));
    }

    /** {@code a.intersection_update(iterable)}. */
    public static <K> void intersectionUpdate(SetTable<K> a, Iterator<? extends K> items,
            Hasher<? super K> hasher) {
        a.swapBodies(intersection(a, items, hasher));
    }

    /**
     * {@code a -= b}: discards b's keys from a (b replaced by {@code a & b} when more than 8
     * times larger), then rebuilds a if more than a quarter of its slots are dummies.
     */
    // CPython: Objects/setobject.c set_difference_update_internal (the set branch)
    public static <K> void differenceUpdate(SetTable<K> a, SetTable<K> b) {
        if (a == b) {
            a.clear();
            return;
        }
        SetTable<K> other = (b.used >>> 3) > a.used ? intersection(a, b) : b;
        for (int i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
            a.discard(other.keyAt(i), other.hashAt(i));
        }
        purgeDummies(a);
    }

    /** {@code a.difference_update(iterable)}. */
    // CPython: Objects/setobject.c set_difference_update_internal (the iterable branch)
    public static <K> void differenceUpdate(SetTable<K> a, Iterator<? extends K> items,
            Hasher<? super K> hasher) {
        while (items.hasNext()) {
            K key = items.next();
            a.discard(key, hasher.hash(key));
        }
        purgeDummies(a);
    }

    private static void purgeDummies(SetTable<?> a) {
        if ((a.fill - a.used) <= (a.mask >>> 2)) {
            return;
        }
        a.resize(a.used > 50000 ? a.used * 2L : a.used * 4L);
    }

    /**
     * {@code a - b}: when a is more than 4 times larger than b, a copy of a with b's keys
     * discarded; otherwise a's keys not in b, added to an empty result in a's order.
     */
    // CPython: Objects/setobject.c set_difference (the set branch)
    public static <K> SetTable<K> difference(SetTable<K> a, SetTable<K> b) {
        if ((a.used >>> 2) > b.used) {
            SetTable<K> result = a.copy();
            differenceUpdate(result, b);
            return result;
        }
        SetTable<K> result = new SetTable<>(a.equality);
        for (int i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
            K key = a.keyAt(i);
            long hash = a.hashAt(i);
            if (!b.contains(key, hash)) {
                result.add(key, hash);
            }
        }
        return result;
    }

    /** {@code a.difference(d)} for an exact dict d: as for a set, probing the dict. */
    // CPython: Objects/setobject.c set_difference (the dict branch)
    public static <K> SetTable<K> difference(SetTable<K> a, DictTable<K, ?> d) {
        if ((a.used >>> 2) > d.size()) {
            SetTable<K> result = a.copy();
            for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                result.discard(d.keyAt(i), d.hashAt(i));
            }
            purgeDummies(result);
            return result;
        }
        SetTable<K> result = new SetTable<>(a.equality);
        for (int i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
            K key = a.keyAt(i);
            long hash = a.hashAt(i);
            if (!d.containsKey(key, hash)) {
                result.add(key, hash);
            }
        }
        return result;
    }

    /** {@code a.difference(iterable)}: a copy of a, with the iterable's keys discarded. */
    // CPython: Objects/setobject.c set_copy_and_difference
    public static <K> SetTable<K> difference(SetTable<K> a, Iterator<? extends K> items,
            Hasher<? super K> hasher) {
        SetTable<K> result = a.copy();
        differenceUpdate(result, items, hasher);
        return result;
    }

    /** {@code a ^= b}: each key of b is discarded from a if present, else added, in b's order. */
    // CPython: Objects/setobject.c set_symmetric_difference_update (the set branch)
    public static <K> void symmetricDifferenceUpdate(SetTable<K> a, SetTable<? extends K> b) {
        if (a == b) {
            a.clear();
            return;
        }
        for (int i = b.nextIndex(0); i >= 0; i = b.nextIndex(i + 1)) {
            K key = b.keyAt(i);
            long hash = b.hashAt(i);
            if (!a.discard(key, hash)) {
                a.add(key, hash);
            }
        }
    }

    /** {@code a.symmetric_difference_update(d)} for an exact dict d, in d's order. */
    // CPython: Objects/setobject.c set_symmetric_difference_update (the dict branch)
    public static <K> void symmetricDifferenceUpdate(SetTable<K> a, DictTable<? extends K, ?> d) {
        for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
            K key = d.keyAt(i);
            long hash = d.hashAt(i);
            if (!a.discard(key, hash)) {
                a.add(key, hash);
            }
        }
    }

    /** {@code a.symmetric_difference_update(iterable)}: the iterable becomes a set first. */
    public static <K> void symmetricDifferenceUpdate(SetTable<K> a, Iterator<? extends K> items,
            Hasher<? super K> hasher) {
        SetTable<K> other = new SetTable<>(a.equality);
        other.update(items, hasher);
        symmetricDifferenceUpdate(a, other);
    }

    /** {@code a ^ b}: a copy of b, symmetric-difference-updated with a. */
    // CPython: Objects/setobject.c set_symmetric_difference
    public static <K> SetTable<K> symmetricDifference(SetTable<K> a, SetTable<K> b) {
        SetTable<K> result = new SetTable<>(a.equality);
        result.update(b);
        symmetricDifferenceUpdate(result, a);
        return result;
    }

    /** {@code a <= b}: no larger, and every key of a is in b. */
    // CPython: Objects/setobject.c set_issubset
    public static <K> boolean isSubset(SetTable<K> a, SetTable<K> b) {
        if (a.used > b.used) {
            return false;
        }
        for (int i = a.nextIndex(0); i >= 0; i = a.nextIndex(i + 1)) {
            if (!b.contains(a.keyAt(i), a.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code a.isdisjoint(b)}: iterates the smaller set, probing the larger. */
    // CPython: Objects/setobject.c set_isdisjoint
    public static <K> boolean isDisjoint(SetTable<K> a, SetTable<K> b) {
        if (a == b) {
            return a.used == 0;
        }
        SetTable<K> probed = a;
        SetTable<K> iterated = b;
        if (b.used > a.used) {
            probed = b;
            iterated = a;
        }
        for (int i = iterated.nextIndex(0); i >= 0; i = iterated.nextIndex(i + 1)) {
            if (probed.contains(iterated.keyAt(i), iterated.hashAt(i))) {
                return false;
            }
        }
        return true;
    }
}
