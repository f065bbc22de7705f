/**
 * The {@code _stat} module: the file-mode constants and tests that {@code stat.py} replaces its
 * pure-Python definitions with ({@code from _stat import *}).
 *
 * <p>CPython counterpart: Modules/_stat.c.
 */
package dev.krait.modules.stat;
