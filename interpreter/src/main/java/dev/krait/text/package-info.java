/**
 * CPython's text forms of values ({@code repr} of float, str, bytes), shared by the AST dump and the
 * object model. CPython counterpart: {@code Python/pystrtod.c}, {@code Objects/unicodeobject.c}.
 */
package dev.krait.text;
