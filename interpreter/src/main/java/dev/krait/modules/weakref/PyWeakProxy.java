package dev.krait.modules.weakref;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code weakref.proxy(obj)}: an object that stands for {@code obj} in every operation
 * (attributes, items, arithmetic, comparisons, iteration) while it lives, and raises
 * {@code ReferenceError} once it has died. A proxy to a callable is a
 * {@code CallableProxyType}, which can also be called. Proxies are unhashable.
 *
 * <p>The operations are in {@link ProxyMethods} and {@link ProxyNumbers}, shared by both
 * types.
 *
 * <p>CPython counterpart: Objects/weakrefobject.c ({@code _PyWeakref_ProxyType},
 * {@code _PyWeakref_CallableProxyType}, {@code PyWeakref_NewProxy}).
 */
public class PyWeakProxy extends PyWeakref {
    public static final PyType TYPE = PyType.builtinFinal("ProxyType", PyWeakProxy.class, null,
            ProxyMethods.class, ProxyNumbers.class).withModule("weakref");
    public static final PyType CALLABLE_TYPE = PyType.builtinFinal("CallableProxyType",
            Callable.class, null, ProxyMethods.class, ProxyNumbers.class).withModule("weakref");

    PyWeakProxy(PyType type, Referent referent, PyObject callback) {
        super(type, referent, callback);
    }

    /**
     * {@code weakref.proxy(object, callback=None)}: the basic proxy again when there is one and
     * no callback is given. CPython: Objects/weakrefobject.c PyWeakref_NewProxy.
     */
    static PyObject make(PyObject ob, PyObject callback) {
        WeakRegistry registry = WeakRegistry.of(
                dev.krait.runtime.ThreadState.current().interpreter);
        Referent record = registry.findOrAdd(checkReferenceable(ob));
        if (callback == null) {
            PyWeakref basic = record.basic(true);
            if (basic != null) {
                return basic;
            }
        }
        PyWeakProxy p = Ops.isCallable(ob) ? new Callable(record, callback)
                : new PyWeakProxy(TYPE, record, callback);
        p.hadCallback = callback != null;
        record.add(p);
        return p;
    }

    /** The referent, or ReferenceError once it has died (CPython: proxy_checkref). */
    PyObject target() {
        PyObject o = get();
        if (o == null) {
            throw PyExceptions.of(PyExceptions.ReferenceError,
                    "weakly-referenced object no longer exists");
        }
        return o;
    }

    /** A proxy to a callable object. */
    public static final class Callable extends PyWeakProxy {
        Callable(Referent referent, PyObject callback) {
            super(CALLABLE_TYPE, referent, callback);
        }

        // CPython: Objects/weakrefobject.c proxy_call
        @Exposed("__call__($self, /, *args, **kwargs)")
        public PyObject __call__(PyObject[] args, String[] kwnames) {
            return Ops.call(target(), args, kwnames);
        }
    }
}
