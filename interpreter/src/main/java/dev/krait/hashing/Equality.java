package dev.krait.hashing;

/**
 * How a hash table compares two keys whose hashes are equal and which are not the same object:
 * the object model supplies Python's {@code ==} (CPython's {@code PyObject_RichCompareBool}).
 *
 * <p>A comparison may run Python code: it may throw (the exception propagates out of the table
 * operation unchanged) and it may mutate the very table being searched, which the tables detect
 * and survive exactly as CPython does, by restarting the search.
 */
@FunctionalInterface
public interface Equality<K> {
    /** Whether {@code stored} (a key in the table) equals {@code probe} (the key looked up). */
    boolean equal(K stored, K probe);

    /**
     * Whether the key is an exact {@code str} ({@code PyUnicode_CheckExact}): CPython's dicts keep
     * a leaner table while all keys are strings, and switching away from it resizes the table,
     * which decides where entries sit during iteration. The default says no key is a str.
     */
    default boolean isExactStr(K key) {
        return false;
    }
}
