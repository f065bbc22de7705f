/**
 * CPython's hash functions and hash tables, generic over keys, so that {@code hash(x)} and the
 * iteration order of sets and dicts are CPython's. CPython counterparts: {@code Python/pyhash.c}
 * and {@code Python/bootstrap_hash.c} (SipHash-1-3 and its key, numeric hashes),
 * {@code Objects/longobject.c}, {@code Objects/floatobject.c}, {@code Objects/complexobject.c},
 * {@code Objects/tupleobject.c}, {@code Objects/unicodeobject.c} and {@code Objects/bytesobject.c}
 * (per-type hashes), {@code Objects/setobject.c} ({@link dev.krait.hashing.SetTable}) and
 * {@code Objects/dictobject.c} ({@link dev.krait.hashing.DictTable}).
 *
 * <p>Nothing here knows Python objects: the object model wraps these classes, passing hashes it
 * computed and an {@link dev.krait.hashing.Equality} that runs Python's {@code ==}.
 */
package dev.krait.hashing;
