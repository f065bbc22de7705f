/**
 * CPython's text forms of values ({@code repr} of float, str, bytes), shared by the AST dump and
 * the object model. CPython counterparts: {@code Python/pystrtod.c} and
 * {@code Objects/floatobject.c} (float), {@code Objects/unicodeobject.c} (str),
 * {@code Objects/bytesobject.c} (bytes).
 */
package dev.krait.text;
