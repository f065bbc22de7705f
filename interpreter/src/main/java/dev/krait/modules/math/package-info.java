/**
 * The {@code math} module: CPython's algorithms (error classification, {@code fsum},
 * {@code hypot}'s vector norm, the Lanczos gamma, logarithms of huge ints, exact integer
 * functions) over the C library's libm for the elementary functions, as CPython's.
 *
 * <p>CPython counterpart: Modules/mathmodule.c.
 */
package dev.krait.modules.math;
