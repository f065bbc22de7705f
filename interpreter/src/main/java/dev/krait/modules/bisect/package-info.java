/**
 * The {@code _bisect} module: binary search and insertion in sorted sequences.
 *
 * <p>CPython counterpart: Modules/_bisectmodule.c.
 */
package dev.krait.modules.bisect;
