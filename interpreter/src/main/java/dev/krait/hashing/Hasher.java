package dev.krait.hashing;

/**
 * The hash of a key, for table operations that take keys from an iterable rather than from
 * another table (whose entries carry their hashes). The object model supplies Python's
 * {@code hash()}, which may throw (an unhashable key): the exception propagates unchanged.
 */
@FunctionalInterface
public interface Hasher<K> {
    /** The key's hash; never -1. */
    long hash(K key);
}
