/**
 * The {@code fcntl} module: {@code fcntl}, {@code ioctl}, {@code flock} and {@code lockf} on
 * real file descriptors, through the C library.
 *
 * <p>CPython counterpart: Modules/fcntlmodule.c.
 */
package dev.krait.modules.fcntl;
