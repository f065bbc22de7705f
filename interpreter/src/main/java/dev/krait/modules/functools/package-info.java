/**
 * The {@code _functools} module: {@code partial}, {@code reduce}, {@code cmp_to_key} and the
 * {@code _lru_cache_wrapper} behind {@code functools.lru_cache} and {@code functools.cache}.
 *
 * <p>CPython counterpart: Modules/_functoolsmodule.c.
 */
package dev.krait.modules.functools;
