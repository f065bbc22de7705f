/**
 * The {@code errno} module: the C library's error numbers.
 *
 * <p>CPython counterpart: Modules/errnomodule.c.
 */
package dev.krait.modules.errno;
