/**
 * The {@code _queue} native module: {@code SimpleQueue}, the unbounded FIFO queue that
 * {@code queue.SimpleQueue} is, and {@code queue.Empty}.
 *
 * <p>CPython counterpart: Modules/_queuemodule.c.
 */
package dev.krait.modules.queue;
