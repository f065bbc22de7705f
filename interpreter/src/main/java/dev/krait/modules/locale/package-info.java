/**
 * The {@code _locale} native module behind {@code locale}: the C library's locale
 * ({@code setlocale}, {@code localeconv}, {@code nl_langinfo}, collation with
 * {@code wcscoll}/{@code wcsxfrm}) and message catalogues ({@code gettext} and friends), reached
 * through the Foreign Function and Memory API as CPython reaches them through C.
 *
 * <p>CPython counterpart: Modules/_localemodule.c.
 */
package dev.krait.modules.locale;
