package dev.krait.modules.weakref;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.Weakrefable;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code _weakref} module: the weak reference types and the functions {@code weakref.py}
 * builds {@code WeakValueDictionary}, {@code WeakKeyDictionary}, {@code WeakSet} and
 * {@code finalize} on.
 *
 * <p>CPython counterpart: Modules/_weakref.c.
 */
@NativeModule.Register("_weakref")
public final class WeakrefModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        // __weakref__ reads the head of the running interpreter's list for the object
        Weakrefable.Head.install(o -> {
            List<PyWeakref> refs = refsTo(o);
            return refs.isEmpty() ? PyNone.NONE : refs.get(0);
        });
        PyModule m = new PyModule("_weakref");
        m.put("ref", PyWeakref.TYPE);
        m.put("ReferenceType", PyWeakref.TYPE);
        m.put("ProxyType", PyWeakProxy.TYPE);
        m.put("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
        ModuleBuilder.addFunctions(m, WeakrefModule.class);
        return m;
    }

    /**
     * Runs the callbacks of the referents a full collection has just freed (for
     * {@code gc.collect()}).
     */
    public static void afterCollection(Interpreter interpreter) {
        WeakRegistry.of(interpreter).collectDead();
    }

    private static List<PyWeakref> refsTo(PyObject object) {
        Referent r = WeakRegistry.of(ThreadState.current().interpreter).find(object);
        return r == null ? List.of() : r.live();
    }

    // CPython: Modules/_weakref.c _weakref_getweakrefcount_impl
    @Exposed(value = "getweakrefcount($module, object, /)",
            doc = "Return the number of weak references to 'object'.")
    public static long getweakrefcount(PyObject object) {
        return refsTo(object).size();
    }

    // CPython: Modules/_weakref.c _weakref_getweakrefs
    @Exposed(value = "getweakrefs($module, object, /)",
            doc = "Return a list of all weak reference objects pointing to 'object'.")
    public static PyObject getweakrefs(PyObject object) {
        return new PyList(new ArrayList<>(refsTo(object)));
    }

    // CPython: Modules/_weakref.c _weakref_proxy_impl
    @Exposed(value = "proxy($module, object, callback=None, /)",
            doc = "Create a proxy object that weakly references 'object'.\n\n'callback', if "
                    + "given, is called with a reference to the\nproxy when 'object' is about "
                    + "to be finalized.")
    public static PyObject proxy(PyObject object, PyObject callback) {
        return PyWeakProxy.make(object,
                callback == null || callback == PyNone.NONE ? null : callback);
    }

    // CPython: Modules/_weakref.c _weakref__remove_dead_weakref_impl
    @Exposed(value = "_remove_dead_weakref($module, dct, key, /)",
            doc = "Atomically remove key from dict if it points to a dead weakref.")
    public static void _remove_dead_weakref(PyObject dct, PyObject key) {
        if (!(dct instanceof PyDict d)) {
            throw PyExceptions.typeError("_remove_dead_weakref() argument 1 must be dict, not "
                    + dct.type().getName());
        }
        PyObject value = d.getItem(key);
        if (value == null) {
            return;
        }
        if (!(value instanceof PyWeakref w)) {
            throw PyExceptions.typeError("not a weakref");
        }
        if (w.get() == null) {
            d.delItem(key);
        }
    }
}
