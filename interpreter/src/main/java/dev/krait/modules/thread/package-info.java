/**
 * The {@code _thread} native module: real JVM threads running Python code one at a time under
 * the interpreter's {@link dev.krait.runtime.Gil}, locks that release the GIL while they wait,
 * and thread-local objects — what {@code threading} and {@code queue} are built on.
 *
 * <p>CPython counterpart: Modules/_threadmodule.c and Python/thread_pthread.h.
 */
package dev.krait.modules.thread;
