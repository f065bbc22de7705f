/**
 * The {@code readline} module: GNU readline's history, key bindings and completion, bound
 * through the FFM API, and the line editing {@code input()} gets on a terminal once it is
 * imported. (Krait's own prompt edits lines with JLine, see {@code dev.krait.cli}.)
 *
 * <p>CPython counterpart: Modules/readline.c.
 */
package dev.krait.modules.readline;
