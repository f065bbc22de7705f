/**
 * The {@code gc} native module over the JVM's garbage collector.
 *
 * <p>CPython counterpart: Modules/gcmodule.c.
 */
package dev.krait.modules.gc;
