/**
 * The {@code _ctypes} module: C data types laid out in native memory and calls of C functions,
 * over the Foreign Function and Memory API, so that CPython's own {@code ctypes} package runs
 * unmodified.
 *
 * <p>CPython counterpart: Modules/_ctypes/ (_ctypes.c, cfield.c, stgdict.c, callproc.c,
 * callbacks.c).
 */
package dev.krait.modules.ctypes;
