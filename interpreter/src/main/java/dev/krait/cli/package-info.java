/**
 * The {@code krait} command line ({@code bin/krait}) and the interactive prompt. CPython
 * counterpart: {@code Modules/main.c}, and Python/pythonrun.c's interactive loop.
 */
package dev.krait.cli;
