/**
 * The {@code _abc} native module: the registries and caches behind {@code abc.ABCMeta}'s
 * {@code register}, {@code isinstance} and {@code issubclass}.
 *
 * <p>CPython counterpart: Modules/_abc.c.
 */
package dev.krait.modules.abc;
