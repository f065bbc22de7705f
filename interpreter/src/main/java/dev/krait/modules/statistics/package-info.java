/**
 * The {@code _statistics} module: the accelerated inverse normal CDF.
 *
 * <p>CPython counterpart: Modules/_statisticsmodule.c.
 */
package dev.krait.modules.statistics;
