/**
 * The {@code _random} module: the Mersenne Twister that {@code random.Random} subclasses, seeded
 * exactly as CPython seeds it, so that {@code random.seed(n)} is followed by CPython's numbers.
 *
 * <p>CPython counterpart: Modules/_randommodule.c.
 */
package dev.krait.modules.random;
