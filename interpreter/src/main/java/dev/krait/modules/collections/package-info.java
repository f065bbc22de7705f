/**
 * The {@code _collections} module: {@code deque} (a ring buffer with an optional maximum
 * length), its iterators, {@code defaultdict}, {@code _count_elements} (the loop of
 * {@code Counter.update}) and {@code _tuplegetter} (the field descriptors of namedtuples).
 * {@code collections/__init__.py} keeps its pure-Python {@code OrderedDict}, which it uses
 * when this module has none, as CPython 3.11 allows.
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c.
 */
package dev.krait.modules.collections;
