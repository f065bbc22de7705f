/**
 * The {@code _operator} module: the operators as functions, and the callable objects
 * {@code itemgetter}, {@code attrgetter} and {@code methodcaller}. {@code operator.py} defines
 * all of them in Python and then replaces them with these ({@code from _operator import *}).
 *
 * <p>CPython counterpart: Modules/_operator.c.
 */
package dev.krait.modules.operator;
