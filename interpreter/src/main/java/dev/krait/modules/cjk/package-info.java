/**
 * The CJK codecs: {@code _multibytecodec} (the codec objects and the incremental and stream
 * coders every CJK encoding in {@code encodings/} is built on) and the per-language modules
 * {@code _codecs_jp}, {@code _codecs_kr}, {@code _codecs_cn}, {@code _codecs_tw},
 * {@code _codecs_hk} and {@code _codecs_iso2022}, whose {@code getcodec(name)} hands out one codec.
 *
 * <p>The mapping tables are not stored here: they are derived, once per JVM and only when a
 * codec is first used, from the JDK's own charsets, with small override tables where CPython's
 * mappings differ from the JDK's (see {@link dev.krait.modules.cjk.JdkTables}).
 *
 * <p>CPython counterpart: Modules/cjkcodecs/ (multibytecodec.c, _codecs_*.c).
 */
package dev.krait.modules.cjk;
