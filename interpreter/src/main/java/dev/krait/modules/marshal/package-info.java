/**
 * The {@code marshal} module: CPython's value serialisation format (version 4), for the data
 * types, and code objects in a form of Krait's own (type code {@code K}, see CodeMarshal).
 *
 * <p>CPython counterpart: Python/marshal.c.
 */
package dev.krait.modules.marshal;
