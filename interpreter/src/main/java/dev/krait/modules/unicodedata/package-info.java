/**
 * The {@code unicodedata} native module: character properties, names and normalization as
 * CPython 3.11 answers them (Unicode 14.0), and {@code ucd_3_2_0}, the Unicode 3.2.0 database
 * IDNA and stringprep need. The data are Krait's own generated tables in
 * {@code dev.krait.unicode}, the same ones {@code str} and the tokenizer use.
 *
 * <p>CPython counterpart: Modules/unicodedata.c.
 */
package dev.krait.modules.unicodedata;
