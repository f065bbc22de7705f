/**
 * The {@code _uuid} module: time-based UUIDs from libuuid.
 *
 * <p>CPython counterpart: Modules/_uuidmodule.c.
 */
package dev.krait.modules.uuid;
