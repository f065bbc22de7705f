/**
 * The {@code _crypt} module: one-way password hashing with libcrypt.
 *
 * <p>CPython counterpart: Modules/_cryptmodule.c.
 */
package dev.krait.modules.crypt;
