/**
 * The {@code _datetime} module: {@code date}, {@code time}, {@code datetime},
 * {@code timedelta}, {@code tzinfo} and {@code timezone}, which {@code datetime.py} re-exports
 * with {@code from _datetime import *}.
 *
 * <p>CPython counterpart: Modules/_datetimemodule.c.
 */
package dev.krait.modules.datetime;
