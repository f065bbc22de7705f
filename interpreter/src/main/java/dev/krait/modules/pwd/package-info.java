/**
 * The {@code pwd} module: the password database.
 *
 * <p>CPython counterpart: Modules/pwdmodule.c.
 */
package dev.krait.modules.pwd;
