/**
 * The {@code math} module: CPython's algorithms (error classification, {@code fsum},
 * {@code hypot}'s vector norm, the Lanczos gamma, logarithms of huge ints, exact integer
 * functions) over Java's {@link java.lang.StrictMath} for the elementary functions.
 *
 * <p>CPython counterpart: Modules/mathmodule.c.
 */
package dev.krait.modules.math;
