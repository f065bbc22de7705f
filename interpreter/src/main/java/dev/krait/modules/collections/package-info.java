/**
 * The {@code _collections} module: {@code deque} (a ring buffer with an optional maximum
 * length), its iterators, {@code defaultdict}, {@code _count_elements} (the loop of
 * {@code Counter.update}), {@code _tuplegetter} (the field descriptors of namedtuples) and
 * {@code OrderedDict} (a dict with a linked list of its keys), which replaces the pure-Python
 * one of {@code collections/__init__.py} as CPython's C version does.
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c.
 */
package dev.krait.modules.collections;
