package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * What the C module keeps per module object: its three exception classes and the objects of
 * other modules it consults on every pickle -- {@code copyreg}'s dispatch table and extension
 * registry, {@code _compat_pickle}'s name mappings for protocols below 3, {@code codecs.encode}
 * (how bytes are pickled before protocol 3), {@code getattr} and {@code functools.partial}.
 * The latest {@code _pickle} module an interpreter created is the one picklers use, as
 * CPython's {@code PyState_FindModule} finds the latest.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code PickleState}, {@code _Pickle_InitState}.
 */
final class PickleState {
    final PyType pickleError;
    final PyType picklingError;
    final PyType unpicklingError;

    final PyObject dispatchTable;
    final PyObject extensionRegistry;
    final PyObject invertedRegistry;
    final PyObject extensionCache;
    final PyObject nameMapping2to3;
    final PyObject importMapping2to3;
    final PyObject nameMapping3to2;
    final PyObject importMapping3to2;
    final PyObject codecsEncode;
    final PyObject getattr;
    final PyObject partial;

    /** Holds the state of the interpreter's latest {@code _pickle} module. */
    static final class Holder {
        volatile PickleState current;
    }

    // CPython: Modules/_pickle.c _Pickle_InitState
    PickleState(Interpreter interp) {
        pickleError = newException("PickleError", PyExceptions.Exception);
        picklingError = newException("PicklingError", pickleError);
        unpicklingError = newException("UnpicklingError", pickleError);
        PyObject copyreg = interp.importer().importModule("copyreg");
        dispatchTable = requireDict(copyreg, "copyreg.dispatch_table", "dispatch_table");
        extensionRegistry = requireDict(copyreg, "copyreg._extension_registry",
                "_extension_registry");
        invertedRegistry = requireDict(copyreg, "copyreg._inverted_registry",
                "_inverted_registry");
        extensionCache = requireDict(copyreg, "copyreg._extension_cache", "_extension_cache");
        PyObject compat = interp.importer().importModule("_compat_pickle");
        nameMapping2to3 = requireDict(compat, "_compat_pickle.NAME_MAPPING", "NAME_MAPPING");
        importMapping2to3 = requireDict(compat, "_compat_pickle.IMPORT_MAPPING",
                "IMPORT_MAPPING");
        nameMapping3to2 = requireDict(compat, "_compat_pickle.REVERSE_NAME_MAPPING",
                "REVERSE_NAME_MAPPING");
        importMapping3to2 = requireDict(compat, "_compat_pickle.REVERSE_IMPORT_MAPPING",
                "REVERSE_IMPORT_MAPPING");
        codecsEncode = Attributes.getAttr(interp.importer().importModule("codecs"), "encode");
        getattr = Attributes.getAttr(interp.builtinsModule(), "getattr");
        partial = Attributes.getAttr(interp.importer().importModule("functools"), "partial");
    }

    private static PyObject requireDict(PyObject module, String what, String name) {
        PyObject v = Attributes.getAttr(module, name);
        if (!(v instanceof PyDict)) {
            throw PyExceptions.runtimeError(what + " should be a dict, not "
                    + v.type().getName());
        }
        return v;
    }

    private static PyType newException(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("_pickle"));
        return (PyType) Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
    }

    /** The state of the running interpreter's latest {@code _pickle} module. */
    static PickleState current() {
        Holder h = ThreadState.current().interpreter.state(Holder.class, Holder::new);
        PickleState st = h.current;
        if (st == null) {
            throw PyExceptions.runtimeError("_pickle module state is not initialised");
        }
        return st;
    }

    PyException picklingError(String message) {
        return raise(picklingError, message);
    }

    PyException unpicklingError(String message) {
        return raise(unpicklingError, message);
    }

    private static PyException raise(PyType type, String message) {
        return ((PyBaseException) Ops.call(type, PyStr.of(message))).raise();
    }
}
