/**
 * The {@code builtins} module: its functions, grouped by what they work on
 * ({@link dev.krait.modules.builtins.NumberFunctions},
 * {@link dev.krait.modules.builtins.IterationFunctions},
 * {@link dev.krait.modules.builtins.NamespaceFunctions},
 * {@link dev.krait.modules.builtins.CodeFunctions},
 * {@link dev.krait.modules.builtins.ConsoleFunctions}), the {@code super} type (which reads the
 * calling frame), and {@link dev.krait.modules.builtins.BuiltinsModule}, which assembles the
 * namespace.
 *
 * <p>CPython counterpart: Python/bltinmodule.c.
 */
package dev.krait.modules.builtins;
