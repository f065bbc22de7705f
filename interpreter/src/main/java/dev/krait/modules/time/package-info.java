/**
 * The {@code time} module: clocks, sleeping, and conversions between seconds and broken-down
 * time through the C library's {@code localtime_r}, {@code mktime} and {@code strftime}.
 *
 * <p>CPython counterpart: Modules/timemodule.c.
 */
package dev.krait.modules.time;
