/**
 * The {@code _posixsubprocess} module: {@code fork_exec} for Lib/subprocess.py, starting
 * children with {@code posix_spawn} since a JVM must not fork.
 *
 * <p>CPython counterpart: Modules/_posixsubprocess.c.
 */
package dev.krait.modules.posixsubprocess;
