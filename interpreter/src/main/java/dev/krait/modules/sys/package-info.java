/**
 * The {@code sys} module ({@link dev.krait.modules.sys.SysModule} and its functions), with the
 * types it introduces: struct sequences ({@code sys.version_info}, {@code sys.flags}, ...),
 * {@code types.SimpleNamespace} (the type of {@code sys.implementation}), and the provisional
 * standard streams that stand until the {@code _io} module provides the real ones. It also
 * finds the installed CPython 3.11's standard library for {@code sys.path}.
 *
 * <p>CPython counterpart: Python/sysmodule.c, Objects/structseq.c,
 * Objects/namespaceobject.c.
 */
package dev.krait.modules.sys;
