/**
 * The {@code marshal} module: CPython's value serialisation format (version 4), for the data
 * types. Krait has no bytecode, so code objects are not marshallable.
 *
 * <p>CPython counterpart: Python/marshal.c.
 */
package dev.krait.modules.marshal;
