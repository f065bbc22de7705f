/**
 * The {@code resource} module: resource limits and usage of the process, through the C
 * library.
 *
 * <p>CPython counterpart: Modules/resource.c.
 */
package dev.krait.modules.resource;
