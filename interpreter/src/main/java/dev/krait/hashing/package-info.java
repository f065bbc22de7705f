/**
 * CPython's hash functions and hash tables, generic over keys, so that {@code hash(x)} and the
 * iteration order of sets and dicts are CPython's. CPython counterparts: {@code Python/pyhash.c}
 * and {@code Python/bootstrap_hash.c} (SipHash-1-3 and its key, numeric hashes),
 * {@code Objects/longobject.c}, {@code Objects/floatobject.c}, {@code Objects/complexobject.c},
 * {@code Objects/tupleobject.c}, {@code Objects/unicodeobject.c} and {@code Objects/bytesobject.c}
 * (per-type hashes), {@code Objects/setobject.c} ({@link dev.krait.hashing.SetTable},
 * {@link dev.krait.hashing.SetAlgebra}) and {@code Objects/dictobject.c}
 * ({@link dev.krait.hashing.DictTable}).
 *
 * <p>Nothing here knows Python objects. The object model wraps these classes:
 * <ul>
 *   <li>one {@link dev.krait.hashing.HashSecret} per interpreter, from {@code PYTHONHASHSEED};
 *   <li>{@link dev.krait.hashing.PyHashes} for each type's {@code __hash__} (a NaN or a plain
 *       object passes its identity value; a str should cache its hash as CPython does);
 *   <li>a table per set, frozenset or dict, with an {@link dev.krait.hashing.Equality} running
 *       Python's {@code ==} (and saying which keys are exact strs); every operation takes the
 *       key's hash, or a {@link dev.krait.hashing.Hasher} for keys coming from an iterable;
 *   <li>the type checks that choose CPython's paths stay in the object model: an operand that is
 *       a set or an exact dict goes in as a table, any other iterable as an iterator;
 *   <li>"not found", "empty" and "changed during iteration" come back as null or as cursor codes,
 *       and the object model raises the KeyError or RuntimeError CPython raises.
 * </ul>
 *
 * <p>Two deliberate differences: where a comparison mutates a table so that CPython corrupts its
 * own memory (a set addition whose remembered dummy slot was refilled; {@code dict.clear()}
 * during an insertion's comparison), Krait keeps the table consistent instead.
 */
package dev.krait.hashing;
