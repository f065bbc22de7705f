/**
 * Helpers that tests of several packages share: the freshness check of the tables that the
 * {@code tools/generate-*} scripts write from CPython 3.11.
 */
package dev.krait.testing;
