package dev.krait.modules.abc;

import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _abc._abc_data}: what one abstract base class keeps in its {@code _abc_impl}
 * attribute — the classes registered with it, and the positive and negative caches of
 * {@code issubclass} answers, the latter valid while the invalidation counter has not moved.
 *
 * <p>CPython counterpart: Modules/_abc.c {@code _abc_data}.
 */
public final class PyAbcData extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("_abc_data", PyAbcData.class, null)
            .withModule("_abc");

    final IdentityWeakSet registry = new IdentityWeakSet();
    final IdentityWeakSet cache = new IdentityWeakSet();
    final IdentityWeakSet negativeCache = new IdentityWeakSet();
    long negativeCacheVersion;

    PyAbcData(long version) {
        super(TYPE);
        this.negativeCacheVersion = version;
    }
}
