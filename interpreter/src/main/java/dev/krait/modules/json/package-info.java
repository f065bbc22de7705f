/**
 * The {@code _json} module: the accelerators {@code json} uses when they exist -- the scanner
 * ({@code make_scanner}, {@code scanstring}), the one-shot encoder ({@code make_encoder}) and
 * the string escapers. With them, {@code json} behaves as CPython's C-accelerated module does
 * (its error messages and positions differ from the pure-Python fallbacks'), and runs far faster.
 *
 * <p>CPython counterpart: Modules/_json.c.
 */
package dev.krait.modules.json;
