/**
 * The {@code _posixshmem} module: POSIX shared memory objects for
 * {@code multiprocessing.shared_memory}.
 *
 * <p>CPython counterpart: Modules/_multiprocessing/posixshmem.c.
 */
package dev.krait.modules.posixshmem;
