/**
 * The {@code cmath} module: complex elementary functions with CPython's algorithms, special
 * values and errors.
 *
 * <p>CPython counterpart: Modules/cmathmodule.c.
 */
package dev.krait.modules.cmath;
