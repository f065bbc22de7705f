/**
 * Native modules: modules written in Java ({@code builtins}, {@code sys}, ...), each a class or
 * package of its own that registers itself with the import system (a {@link dev.krait.runtime.NativeModule} annotated
 * {@code @NativeModule.Register("name")}, indexed at build time), and the
 * {@link dev.krait.modules.ModuleBuilder} that turns a class of {@code @Exposed} static methods
 * into module functions.
 *
 * <p>CPython counterpart: Modules/ and Python/bltinmodule.c, Python/sysmodule.c.
 */
package dev.krait.modules;
