/**
 * The {@code _string} native module, which lets {@code string.Formatter} parse format strings
 * exactly as {@code str.format} does.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c (the {@code _string} module) and
 * Objects/stringlib/unicode_format.h (formatteriter, fieldnameiter).
 */
package dev.krait.modules.string;
