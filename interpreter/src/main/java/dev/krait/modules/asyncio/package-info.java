/**
 * The {@code _asyncio} native module: asyncio's {@code Future} and {@code Task} written in Java,
 * the running-loop functions and the task registry, which {@code asyncio.futures},
 * {@code asyncio.tasks} and {@code asyncio.events} take in place of their pure-Python versions.
 *
 * <p>CPython counterpart: Modules/_asynciomodule.c.
 */
package dev.krait.modules.asyncio;
