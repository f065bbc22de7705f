/**
 * The {@code _codecs} native module: the codec registry (search functions, the lookup cache, the
 * error-handler registry) and the codecs CPython writes in C — UTF-8/7/16/32, Latin-1, ASCII,
 * the charmap codecs behind the {@code cp*}/{@code iso8859_*} modules of {@code encodings}, and
 * the escape codecs — so that CPython's pure-Python {@code codecs} and {@code encodings} run
 * unmodified.
 *
 * <p>CPython counterparts: Modules/_codecsmodule.c (the module), Python/codecs.c (the registry
 * and the standard error handlers) and the codecs of Objects/unicodeobject.c.
 */
package dev.krait.modules.codecs;
