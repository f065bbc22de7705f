/**
 * The {@code nis} module: Sun's NIS (Yellow Pages) maps, read through the system's libnsl.
 *
 * <p>CPython counterpart: Modules/nismodule.c.
 */
package dev.krait.modules.nis;
