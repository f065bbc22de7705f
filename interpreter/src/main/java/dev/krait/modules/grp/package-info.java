/**
 * The {@code grp} module: the group database.
 *
 * <p>CPython counterpart: Modules/grpmodule.c.
 */
package dev.krait.modules.grp;
