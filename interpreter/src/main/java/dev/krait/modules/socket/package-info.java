/**
 * The {@code _socket} module: BSD sockets on real C library descriptors through FFM.
 *
 * <p>CPython counterpart: Modules/socketmodule.c.
 */
package dev.krait.modules.socket;
