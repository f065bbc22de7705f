/**
 * The {@code _heapq} module: the heap operations over a list, with the same comparisons in the
 * same order as CPython's (so that a heap of objects with odd comparisons ends up identical).
 *
 * <p>CPython counterpart: Modules/_heapqmodule.c.
 */
package dev.krait.modules.heapq;
