/**
 * The {@code _tracemalloc} native module under CPython's Lib/tracemalloc.py: a trace, with the
 * Python traceback of its allocation and an estimate of its size, of every Python object made
 * while tracing, until the JVM's collector frees the object.
 *
 * <p>CPython counterpart: Modules/_tracemalloc.c.
 */
package dev.krait.modules.tracemalloc;
