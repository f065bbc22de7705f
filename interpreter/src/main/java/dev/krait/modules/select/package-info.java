/**
 * The {@code select} module: waiting on file descriptors with the C library's {@code poll}.
 *
 * <p>CPython counterpart: Modules/selectmodule.c.
 */
package dev.krait.modules.select;
