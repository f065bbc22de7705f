/**
 * The {@code array} module: {@code array.array}, a compact sequence of C numbers or wide
 * characters stored as their machine bytes, with the buffer protocol and pickling.
 *
 * <p>CPython counterpart: Modules/arraymodule.c.
 */
package dev.krait.modules.array;
