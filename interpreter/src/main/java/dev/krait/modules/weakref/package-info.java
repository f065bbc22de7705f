/**
 * The {@code _weakref} native module: weak references ({@code ref}), proxies and the functions
 * that list an object's weak references, over the JVM's own {@link java.lang.ref.WeakReference}.
 * A referent dies when the JVM's garbage collector finds it unreachable, and callbacks run at
 * the interpreter's next safe point ({@link dev.krait.runtime.SafePoints}).
 *
 * <p>CPython counterpart: Modules/_weakref.c and Objects/weakrefobject.c.
 */
package dev.krait.modules.weakref;
