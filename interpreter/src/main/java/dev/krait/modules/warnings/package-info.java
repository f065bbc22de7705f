/**
 * The {@code _warnings} module: the C accelerator of {@code warnings} (filters, registries,
 * {@code warn}, {@code warn_explicit}), over {@link dev.krait.runtime.WarningsMachinery}.
 *
 * <p>CPython counterpart: Python/_warnings.c.
 */
package dev.krait.modules.warnings;
