/**
 * Krait's own Unicode tables, generated from CPython 3.11's {@code unicodedata} (Unicode 14.0): identifier
 * classes, printability, NFKC, character names. CPython counterpart: {@code Objects/unicodectype.c},
 * {@code Modules/unicodedata.c}.
 */
package dev.krait.unicode;
