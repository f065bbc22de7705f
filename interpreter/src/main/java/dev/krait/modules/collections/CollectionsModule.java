package dev.krait.modules.collections;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _collections} module, which {@code collections} imports its fast containers from
 * ({@code deque}, {@code defaultdict}, {@code OrderedDict}, ...).
 *
 * <p>CPython counterpart: Modules/_collectionsmodule.c {@code collections_exec},
 * {@code _collections__count_elements_impl}.
 */
@NativeModule.Register("_collections")
public final class CollectionsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_collections");
        m.put("__doc__", PyStr.of("High performance data structures.\n- deque:        ordered "
                + "collection accessible from endpoints only\n- defaultdict:  dict subclass "
                + "with a default value factory\n"));
        ModuleBuilder.addFunctions(m, CollectionsModule.class);
        for (PyType t : new PyType[] {PyDeque.TYPE, PyDefaultDict.TYPE, PyDequeIterator.FORWARD,
                PyDequeIterator.REVERSE, PyTupleGetter.TYPE, PyOrderedDict.TYPE}) {
            m.put(t.getName(), t);
        }
        return m;
    }

    // CPython: Modules/_collectionsmodule.c _collections__count_elements_impl
    @Exposed(value = "_count_elements($module, mapping, iterable, /)",
            doc = "Count elements in the iterable, updating the mapping")
    public static void _count_elements(PyObject mapping, PyObject iterable) {
        PyObject it = Iteration.iter(iterable);
        PyType t = mapping.type();
        PyInt one = PyInt.of(1);
        if (mapping instanceof PyDict d && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__")) {
            for (PyObject key = Iteration.next(it); key != null; key = Iteration.next(it)) {
                PyObject old = d.getItem(key);
                d.setItem(key, old == null ? one : Numbers.binary(old, one, BinaryOp.ADD));
            }
            return;
        }
        PyObject get = Attributes.getAttr(mapping, "get");
        PyInt zero = PyInt.of(0);
        for (PyObject key = Iteration.next(it); key != null; key = Iteration.next(it)) {
            PyObject old = Ops.call(get, key, zero);
            Containers.setItem(mapping, key, Numbers.binary(old, one, BinaryOp.ADD));
        }
    }
}
