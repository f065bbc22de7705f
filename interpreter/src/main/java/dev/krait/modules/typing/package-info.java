/**
 * The {@code _typing} module: the identity function behind {@code typing.NewType}.
 *
 * <p>CPython counterpart: Modules/_typingmodule.c.
 */
package dev.krait.modules.typing;
