/**
 * The {@code _struct} native module behind {@code struct}: conversion between Python values and
 * C structs packed in bytes, by format strings such as {@code "<hHi10s"}.
 *
 * <p>CPython counterpart: Modules/_struct.c.
 */
package dev.krait.modules.struct;
