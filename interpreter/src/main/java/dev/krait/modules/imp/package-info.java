/**
 * The {@code _imp} module: the low-level import primitives that CPython's pure-Python
 * {@code importlib._bootstrap} calls (built-in modules, the import lock, suffixes, source
 * hashes). Krait has no frozen modules and loads no C extensions.
 *
 * <p>CPython counterpart: Python/import.c ({@code _imp_*}).
 */
package dev.krait.modules.imp;
