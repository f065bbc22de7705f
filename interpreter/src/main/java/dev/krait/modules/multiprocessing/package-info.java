/**
 * The {@code _multiprocessing} module: the semaphores behind {@code multiprocessing}'s locks,
 * POSIX named semaphores shared between processes.
 *
 * <p>CPython counterpart: Modules/_multiprocessing/multiprocessing.c and semaphore.c.
 */
package dev.krait.modules.multiprocessing;
