/**
 * Krait's own Unicode tables, generated from CPython 3.11's {@code unicodedata} (Unicode 14.0),
 * so that identifier classes, NFKC, printability, names, categories, case mappings and numeric
 * values are CPython's whatever Unicode version the JDK carries. The JDK's {@code Character}
 * and {@code java.text.Normalizer} are deliberately not used for any Python-visible answer.
 *
 * <p>{@code tools/generate-unicode-tables} (run by hand with python3 3.11) writes six gzipped
 * binary resources beside these classes, each read by one class:
 * <ul>
 *   <li>{@code properties.gz}: category, predicate flags, bidirectional class, East Asian width,
 *       mirrored ({@link dev.krait.unicode.CharProperties});
 *   <li>{@code normalization.gz}: combining classes, full canonical and compatibility
 *       decompositions, primary composites ({@link dev.krait.unicode.Normalization});
 *   <li>{@code decomposition.gz}: mapping texts ({@link dev.krait.unicode.DecompositionText});
 *   <li>{@code names.gz}: names, aliases, named sequences
 *       ({@link dev.krait.unicode.CharacterNames});
 *   <li>{@code case.gz}: full case mappings ({@link dev.krait.unicode.CaseMapping});
 *   <li>{@code numeric.gz}: decimal, digit, numeric values
 *       ({@link dev.krait.unicode.NumericValues}).
 * </ul>
 * Per-code-point values live in two-level tables ({@link dev.krait.unicode.CodePointTable});
 * sparse mappings are sorted arrays searched in O(log n). Each file is read by the static
 * initialiser of a nested holder class, so nothing is read before its first use and each file
 * is read once; ASCII questions are answered from constants in
 * {@link dev.krait.unicode.UnicodeData} without touching any table.
 *
 * <p>The tests check that the committed tables equal a fresh generation, and that every code
 * point's answers, and normalization and name lookups over many sequences, equal python3's.
 * CPython counterparts: {@code Objects/unicodectype.c}, {@code Modules/unicodedata.c},
 * {@code Tools/unicode/makeunicodedata.py}.
 */
package dev.krait.unicode;
