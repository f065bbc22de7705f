/**
 * The {@code _sqlite3} module: SQLite through the system's libsqlite3, called with the Foreign
 * Function and Memory API (downcalls in {@code Sqlite}, upcalls in {@code Callbacks}).
 *
 * <p>CPython counterpart: Modules/_sqlite/ (module.c, connection.c, cursor.c, statement.c,
 * row.c, blob.c, microprotocols.c, prepare_protocol.c, util.c).
 */
package dev.krait.modules.sqlite3;
