/**
 * The {@code _zoneinfo} module: the native {@code zoneinfo.ZoneInfo} type, IANA time zones read
 * from TZif files, with its caches.
 *
 * <p>CPython counterpart: Modules/_zoneinfo.c.
 */
package dev.krait.modules.zoneinfo;
