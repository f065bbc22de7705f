package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * What {@code from module import name} and {@code from module import *} take from a module once
 * it is imported: an attribute (else a submodule already in {@code sys.modules}, else CPython's
 * ImportError with its circular-import hint), or every public name.
 *
 * <p>CPython counterpart: Python/ceval.c {@code import_from}, {@code import_all_from}.
 */
public final class FromImport {
    private FromImport() {
    }

    /**
     * {@code from module import name}: the attribute, else a submodule already in sys.modules,
     * else CPython's ImportError. CPython: Python/ceval.c import_from.
     */
    public static PyObject name(PyObject module, String name) {
        PyObject v = Attributes.lookupAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        return missing(ThreadState.current().interpreter, module, name);
    }

    /** {@link #name} when the module has no such attribute. */
    private static PyObject missing(Interpreter interp, PyObject module, String name) {
        // a circular import may not have set the attribute yet: the submodule itself
        // CPython: import_from falls back on PyImport_GetModule, which waits for its
        // initialisation as an import does
        PyObject pkgName = Attributes.lookupAttrOrNull(module, "__name__");
        if (pkgName instanceof PyStr p) {
            String fullName = p.value() + "." + name;
            PyObject sub = interp.modules().getItem(PyStr.of(fullName));
            if (sub != null) {
                if (sub != PyNone.NONE) {
                    interp.importer().ensureInitialized(sub, fullName);
                }
                return sub;
            }
        }
        String nameRepr = Ops.repr(PyStr.of(name)).value();
        String pkgRepr = Ops.repr(pkgName instanceof PyStr ? pkgName
                : PyStr.of("<unknown module name>")).value();
        PyObject nameField = pkgName instanceof PyStr ? pkgName : PyNone.NONE;
        // CPython: PyModule_GetFilenameObject, a module's __file__ (none for another object)
        PyObject file = module instanceof PyModule m ? m.getDict().getItem(PyStr.of("__file__"))
                : null;
        if (!(file instanceof PyStr path)) {
            throw Importer.importError("cannot import name " + nameRepr + " from " + pkgRepr
                    + " (unknown location)", nameField, PyNone.NONE);
        }
        String msg = ModuleLocks.isInitializing(module)
                ? "cannot import name " + nameRepr + " from partially initialized module "
                        + pkgRepr + " (most likely due to a circular import) (" + path.value()
                        + ")"
                : "cannot import name " + nameRepr + " from " + pkgRepr + " (" + path.value()
                        + ")";
        throw Importer.importError(msg, nameField, file);
    }

    /**
     * {@code from module import *} into {@code namespace} (a dict or any mapping): the names in
     * {@code __all__}, else the public names of the module's dict.
     * CPython: Python/ceval.c import_all_from.
     */
    public static void star(PyObject module, PyObject namespace) {
        PyObject all = Attributes.lookupAttrOrNull(module, "__all__");
        boolean skipPrivate = false;
        PyObject names = all;
        if (names == null) {
            PyObject dict = Attributes.lookupAttrOrNull(module, "__dict__");
            if (dict == null) {
                throw PyExceptions.of(PyExceptions.ImportError,
                        "from-import-* object has no __dict__ and no __all__");
            }
            names = Ops.callMethod(dict, "keys");
            skipPrivate = true;
        }
        for (PyObject n : Iteration.toList(names)) {
            if (!(n instanceof PyStr s)) {
                PyObject modName = Attributes.lookupAttrOrNull(module, "__name__");
                String mn = modName instanceof PyStr m ? m.value() : "?";
                throw PyExceptions.typeError((skipPrivate ? "Key in " + mn + ".__dict__"
                        : "Item in " + mn + ".__all__") + " must be str, not "
                        + n.type().getName());
            }
            if (skipPrivate && s.value().startsWith("_")) {
                continue;
            }
            PyObject value = Attributes.getAttr(module, s.value());
            if (namespace instanceof PyDict d && namespace.type() == PyDict.TYPE) {
                d.setItem(s, value);
            } else {
                Containers.setItem(namespace, s, value);
            }
        }
    }
}
