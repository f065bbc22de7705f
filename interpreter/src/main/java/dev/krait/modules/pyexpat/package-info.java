/**
 * The {@code pyexpat} module: XML parsing by the system's libexpat, called through the Foreign
 * Function and Memory API, with Python handlers called back from C.
 *
 * <p>CPython counterpart: Modules/pyexpat.c.
 */
package dev.krait.modules.pyexpat;
