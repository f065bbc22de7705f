/**
 * The {@code spwd} module: the shadow password database.
 *
 * <p>CPython counterpart: Modules/spwdmodule.c.
 */
package dev.krait.modules.spwd;
