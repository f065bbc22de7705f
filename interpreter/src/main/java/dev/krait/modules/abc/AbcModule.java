package dev.krait.modules.abc;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.weakref.PyWeakref;
import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code _abc} module: {@code abc.ABCMeta} calls these functions to set a new ABC up, to
 * register virtual subclasses and to answer {@code isinstance}/{@code issubclass} through
 * {@code __subclasshook__}, the MRO, the registry and the subclasses, caching the answers.
 * Registering a class anywhere moves the invalidation counter, which voids every negative
 * cache.
 *
 * <p>CPython counterpart: Modules/_abc.c.
 */
@NativeModule.Register("_abc")
public final class AbcModule implements NativeModule {
    /** {@code abc_invalidation_counter}: moved by every registration. */
    static final class Counter {
        final AtomicLong value = new AtomicLong();
    }

    private static AtomicLong counter() {
        return ThreadState.current().interpreter.state(Counter.class, Counter::new)
                .value;
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_abc");
        m.put("_abc_data", PyAbcData.TYPE);
        ModuleBuilder.addFunctions(m, AbcModule.class);
        return m;
    }

    @Exposed(value = "get_cache_token($module, /)",
            doc = "Returns the current ABC cache token.\n\nThe token is an opaque object "
                    + "(supporting equality testing) identifying the\ncurrent version of the "
                    + "ABC cache for virtual subclasses. The token changes\nwith every call to "
                    + "register() on any ABC.")
    public static long get_cache_token() {
        return counter().get();
    }

    /** The {@code _abc_impl} of {@code self}. CPython: Modules/_abc.c _get_impl. */
    private static PyAbcData impl(PyObject self) {
        PyObject impl = Attributes.getAttr(self, "_abc_impl");
        if (!(impl instanceof PyAbcData data)) {
            throw PyExceptions.typeError("_abc_impl is set to a wrong type");
        }
        return data;
    }

    private static boolean isAbstract(PyObject value) {
        PyObject flag = Attributes.lookupAttrOrNull(value, "__isabstractmethod__");
        return flag != null && Ops.isTrue(flag);
    }

    /**
     * Sets {@code __abstractmethods__}: the names defined abstract here, and the abstract names
     * of the bases that this class has not overridden. CPython: Modules/_abc.c
     * compute_abstract_methods.
     */
    private static void computeAbstractMethods(PyObject self) {
        List<PyObject> abstracts = new ArrayList<>();
        PyObject ns = Attributes.getAttr(self, "__dict__");
        for (PyObject key : Iteration.toList(Ops.callMethod(ns, "keys"))) {
            if (isAbstract(Containers.getItem(ns, key))) {
                abstracts.add(key);
            }
        }
        PyObject bases = Attributes.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple baseTuple)) {
            throw PyExceptions.typeError("__bases__ is not tuple");
        }
        for (PyObject base : baseTuple.items()) {
            PyObject names = Attributes.lookupAttrOrNull(base, "__abstractmethods__");
            if (names == null) {
                continue;
            }
            for (PyObject key : Iteration.toList(names)) {
                PyObject value = Attributes.lookupAttrOrNull(self,
                        Attributes.attributeName(key));
                if (value != null && isAbstract(value)) {
                    abstracts.add(key);
                }
            }
        }
        Attributes.setAttr(self, "__abstractmethods__", PyFrozenSet.of(PySet.of(abstracts)));
    }

    // CPython: Modules/_abc.c _abc__abc_init
    @Exposed(value = "_abc_init($module, self, /)",
            doc = "Internal ABC helper for class set-up. Should be never used outside abc "
                    + "module.")
    public static void _abc_init(PyObject self) {
        computeAbstractMethods(self);
        Attributes.setAttr(self, "_abc_impl", new PyAbcData(counter().get()));
        if (self instanceof PyType t) {
            PyStr key = PyStr.of("__abc_tpflags__");
            PyObject flags = t.getTypeDict().getItem(key);
            if (flags instanceof PyInt i && (i.longValue() & (1L << 5 | 1L << 6))
                    == (1L << 5 | 1L << 6)) {
                throw PyExceptions.typeError("__abc_tpflags__ cannot be both "
                        + "Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
            }
            if (flags instanceof PyInt i) {
                t.addCollectionFlags((int) (i.longValue() & (PyType.SEQUENCE | PyType.MAPPING)));
            }
            if (flags != null) {
                Attributes.delAttr(t, "__abc_tpflags__");
            }
        }
    }

    // CPython: Modules/_abc.c _abc__abc_register_impl
    @Exposed(value = "_abc_register($module, self, subclass, /)",
            doc = "Internal ABC helper for subclasss registration. Should be never used outside "
                    + "abc module.")
    public static PyObject _abc_register(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) {
            throw PyExceptions.typeError("Can only register classes");
        }
        if (Ops.isSubclass(subclass, self)) {
            return subclass;
        }
        // Test for cycles after testing for "already a subclass", as CPython does.
        if (Ops.isSubclass(self, subclass)) {
            throw PyExceptions.of(PyExceptions.RuntimeError,
                    "Refusing to create an inheritance cycle");
        }
        impl(self).registry.add(subclass);
        counter().incrementAndGet();
        if (self instanceof PyType abc && abc.collectionFlags() != 0) {
            ((PyType) subclass).setCollectionFlagsRecursive(abc.collectionFlags());
        }
        return subclass;
    }

    // CPython: Modules/_abc.c _abc__abc_instancecheck_impl
    @Exposed(value = "_abc_instancecheck($module, self, instance, /)",
            doc = "Internal ABC helper for instance checks. Should be never used outside abc "
                    + "module.")
    public static PyObject _abc_instancecheck(PyObject self, PyObject instance) {
        PyAbcData impl = impl(self);
        PyObject subclass = Attributes.getAttr(instance, "__class__");
        if (impl.cache.contains(subclass)) {
            return PyBool.of(true);
        }
        PyType subtype = instance.type();
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == counter().get()
                    && impl.negativeCache.contains(subclass)) {
                return PyBool.of(false);
            }
            return Ops.callMethod(self, "__subclasscheck__", subclass);
        }
        PyObject result = Ops.callMethod(self, "__subclasscheck__", subclass);
        if (Ops.isTrue(result)) {
            return result;
        }
        return Ops.callMethod(self, "__subclasscheck__", subtype);
    }

    // CPython: Modules/_abc.c _abc__abc_subclasscheck_impl
    @Exposed(value = "_abc_subclasscheck($module, self, subclass, /)",
            doc = "Internal ABC helper for subclasss checks. Should be never used outside abc "
                    + "module.")
    public static boolean _abc_subclasscheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyExceptions.typeError("issubclass() arg 1 must be a class");
        }
        PyAbcData impl = impl(self);
        // 1. The cache.
        if (impl.cache.contains(subclass)) {
            return true;
        }
        // 2. The negative cache, voided by any registration since it was filled.
        long now = counter().get();
        if (impl.negativeCacheVersion < now) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = now;
        } else if (impl.negativeCache.contains(subclass)) {
            return false;
        }
        // 3. The subclass hook.
        PyObject ok = Ops.callMethod(self, "__subclasshook__", subclass);
        if (ok == PyBool.of(true)) {
            impl.cache.add(subclass);
            return true;
        }
        if (ok == PyBool.of(false)) {
            impl.negativeCache.add(subclass);
            return false;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw PyExceptions.of(PyExceptions.AssertionError,
                    "__subclasshook__ must return either False, True, or NotImplemented");
        }
        // 4. A direct subclass.
        for (PyType t : sub.getMro()) {
            if (t == self) {
                impl.cache.add(subclass);
                return true;
            }
        }
        // 5. A subclass of a registered class.
        if (impl.registry.contains(subclass)) {
            return true; // CPython's fast path, which does not fill the cache
        }
        for (PyObject registered : impl.registry.members()) {
            if (Ops.isSubclass(subclass, registered)) {
                impl.cache.add(subclass);
                return true;
            }
        }
        // 6. A subclass of a subclass.
        for (PyObject scls : Iteration.toList(Ops.callMethod(self, "__subclasses__"))) {
            if (Ops.isSubclass(subclass, scls)) {
                impl.cache.add(subclass);
                return true;
            }
        }
        impl.negativeCache.add(subclass);
        return false;
    }

    // CPython: Modules/_abc.c _abc__get_dump
    @Exposed(value = "_get_dump($module, self, /)",
            doc = "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies "
                    + "of registry, of both caches, and\nnegative cache version. Don't call "
                    + "this function directly,\ninstead use ABC._dump_registry() for a nice "
                    + "repr.")
    public static PyObject _get_dump(PyObject self) {
        PyAbcData impl = impl(self);
        return PyTuple.of(refs(impl.registry), refs(impl.cache), refs(impl.negativeCache),
                PyInt.of(impl.negativeCacheVersion));
    }

    private static PyObject refs(IdentityWeakSet set) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : set.members()) {
            out.add(Ops.call(PyWeakref.TYPE, o));
        }
        return PySet.of(out);
    }

    @Exposed(value = "_reset_registry($module, self, /)",
            doc = "Internal ABC helper to reset registry of a given class.\n\nShould be only "
                    + "used by refleak.py")
    public static void _reset_registry(PyObject self) {
        impl(self).registry.clear();
    }

    @Exposed(value = "_reset_caches($module, self, /)",
            doc = "Internal ABC helper to reset both caches of a given class.\n\nShould be only "
                    + "used by refleak.py")
    public static void _reset_caches(PyObject self) {
        PyAbcData impl = impl(self);
        impl.cache.clear();
        impl.negativeCache.clear();
    }
}
