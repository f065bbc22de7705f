/**
 * The {@code itertools} module: iterator building blocks, each a subclassable iterator type whose
 * {@code __next__} is a Java loop, with CPython's reprs, pickling ({@code __reduce__} and
 * {@code __setstate__}) and messages.
 *
 * <p>CPython counterpart: Modules/itertoolsmodule.c.
 */
package dev.krait.modules.itertools;
