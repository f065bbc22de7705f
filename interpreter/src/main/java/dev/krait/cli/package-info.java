/** The {@code krait} command line ({@code bin/krait}). CPython counterpart: {@code Modules/main.c}. */
package dev.krait.cli;
