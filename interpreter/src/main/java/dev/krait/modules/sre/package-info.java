/**
 * The {@code _sre} module: CPython's regular expression engine. The pure-Python {@code re}
 * package (re/_parser.py, re/_compiler.py, read from the installed CPython) turns a pattern into
 * a list of integer opcodes and hands it to {@code _sre.compile}; this package executes that
 * code exactly as CPython's engine does, over str (code points) and bytes-like subjects, and
 * provides the {@code re.Pattern}, {@code re.Match} and scanner types.
 *
 * <p>The engine ({@link dev.krait.modules.sre.SreMatcher}) keeps CPython's explicit stack of
 * match contexts instead of Java recursion, so that deep or catastrophic patterns behave as in
 * CPython: slow, but never a stack overflow.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c, sre_lib.h, sre_constants.h, sre.h.
 */
package dev.krait.modules.sre;
