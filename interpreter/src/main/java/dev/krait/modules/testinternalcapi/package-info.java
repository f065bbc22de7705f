/**
 * The {@code _testinternalcapi} module: what CPython's own tests ask of the interpreter's
 * internals (its configuration, recursion depth, the GC header size, the locale codec), answered
 * from Krait's state.
 *
 * <p>CPython counterpart: Modules/_testinternalcapi.c.
 */
package dev.krait.modules.testinternalcapi;
