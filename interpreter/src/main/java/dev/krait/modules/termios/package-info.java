/**
 * The {@code termios} module: terminal attributes, line control and window sizes, through the
 * C library.
 *
 * <p>CPython counterpart: Modules/termios.c.
 */
package dev.krait.modules.termios;
