package dev.krait.modules.imp;

import dev.krait.hashing.PyHashes;
import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.modules.marshal.MarshalModule;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyException;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.FrozenModules;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.NativeModuleIndex;
import dev.krait.runtime.ThreadState;

/**
 * {@code _imp}: what {@code importlib._bootstrap} asks of the interpreter's C core. Built-in
 * modules are Krait's native modules; the frozen modules are CPython's ({@link FrozenModules});
 * there are no extension modules (loading one raises ImportError). The import lock is the
 * interpreter's ({@link dev.krait.runtime.ModuleLocks}).
 *
 * <p>CPython counterpart: Python/import.c.
 */
@NativeModule.Register("_imp")
public final class ImpModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_imp");
        m.put("__doc__", PyStr.of("(Extremely) low-level import machinery bits as used by "
                + "importlib and imp."));
        // CPython's setting (--check-hash-based-pycs), which importlib reads for hash-based pycs
        m.put("check_hash_based_pycs", PyStr.of("default"));
        ModuleBuilder.addFunctions(m, ImpModule.class);
        return m;
    }

    private static Interpreter interp() {
        return ThreadState.current().interpreter;
    }

    // CPython: Python/import.c _imp_lock_held_impl
    @Exposed(value = "lock_held($module, /)",
            doc = "Return True if the import lock is currently held, else False.")
    public static boolean lock_held() {
        return interp().importer().moduleLocks().importLockHeld();
    }

    @Exposed(value = "acquire_lock($module, /)", doc = "Acquires the interpreter's import lock "
            + "for the current thread.")
    public static void acquire_lock() {
        interp().importer().moduleLocks().acquireImportLock();
    }

    // CPython: Python/import.c _imp_release_lock_impl
    @Exposed(value = "release_lock($module, /)",
            doc = "Release the interpreter's import lock.")
    public static void release_lock() {
        if (!interp().importer().moduleLocks().releaseImportLock()) {
            throw PyExceptions.of(PyExceptions.RuntimeError, "not holding the import lock");
        }
    }

    // CPython: Python/import.c is_builtin: -1 for sys and builtins, which cannot be re-made
    @Exposed(value = "is_builtin($module, name, /)",
            doc = "Returns True if the module name corresponds to a built-in module.")
    public static long is_builtin(PyStr name) {
        String n = name.value();
        if (!NativeModuleIndex.has(n)) {
            return 0;
        }
        return n.equals("sys") || n.equals("builtins") ? -1 : 1;
    }

    // CPython: Python/import.c _imp_create_builtin
    @Exposed(value = "create_builtin($module, spec, /)", doc = "Create an extension module.")
    public static PyObject create_builtin(PyObject spec) {
        PyObject nameObj = Attributes.getAttr(spec, "name");
        if (!(nameObj instanceof PyStr name)) {
            throw PyExceptions.typeError("name must be string, not " + nameObj.type().getName());
        }
        Interpreter interp = interp();
        if (name.value().equals("sys") || name.value().equals("builtins")) {
            PyObject existing = interp.modules().getItem(name);
            if (existing != null) {
                return existing;
            }
        }
        PyModule m = interp.importer().createNative(name.value());
        if (m == null) {
            // CPython: create_builtin returns None for a name not in the inittab
            return PyNone.NONE;
        }
        m.put("__spec__", spec);
        return m;
    }

    @Exposed(value = "exec_builtin($module, mod, /)",
            doc = "Initialize a built-in module.")
    public static long exec_builtin(PyObject mod) {
        // Krait's native modules are complete when created (single-phase initialisation)
        return 0;
    }

    // CPython: Python/import.c _imp_is_frozen_impl
    @Exposed(value = "is_frozen($module, name, /)",
            doc = "Returns True if the module name corresponds to a frozen module.")
    public static boolean is_frozen(PyStr name) {
        return FrozenModules.lookup(interp(), name.value()) != null;
    }

    // CPython: Python/import.c _imp_find_frozen_impl: (data, ispkg, origname), data being
    // the marshalled code when asked for, else None
    @Exposed(value = "find_frozen($module, name, /, *, withdata=False)",
            doc = "Return info about the corresponding frozen module (if there is one) or None.")
    public static PyObject find_frozen(PyStr name, PyObject withdata) {
        FrozenModules.Entry entry = FrozenModules.lookup(interp(), name.value());
        if (entry == null) {
            return PyNone.NONE;
        }
        PyObject data = PyNone.NONE;
        if (Ops.isTrue(withdata)) {
            data = Ops.call(PyMemoryView.TYPE, MarshalModule.dumps(frozenCode(entry),
                    PyInt.of(4)));
        }
        return PyTuple.of(data, PyBool.of(entry.isPackage()), PyStr.of(entry.origname()));
    }

    // CPython: Python/import.c _imp_is_frozen_package_impl
    @Exposed(value = "is_frozen_package($module, name, /)",
            doc = "Returns True if the module name is of a frozen package.")
    public static boolean is_frozen_package(PyStr name) {
        return frozenEntry(name).isPackage();
    }

    // CPython: Python/import.c _imp_get_frozen_object_impl: from the data when given
    // (unmarshalled, "invalid" when that fails), else the frozen module's own code
    @Exposed(value = "get_frozen_object($module, name, data=None, /)",
            doc = "Create a code object for a frozen module.")
    public static PyObject get_frozen_object(PyStr name, PyObject data) {
        if (data == PyNone.NONE) {
            return frozenCode(frozenEntry(name));
        }
        if (PyBytes.bytesLikeCopy(data) == null) {
            throw PyExceptions.typeError("get_frozen_object() argument 2 must be bytes, not "
                    + data.type().getName());
        }
        PyObject code;
        try {
            code = MarshalModule.loads(data);
        } catch (PyException e) {
            code = null;
        }
        if (!(code instanceof PyCode)) {
            throw invalidFrozen(name);
        }
        return code;
    }

    // CPython: Python/import.c _imp_init_frozen_impl: the module, or None when not frozen
    @Exposed(value = "init_frozen($module, name, /)",
            doc = "Initializes a frozen module.")
    public static PyObject init_frozen(PyStr name) {
        if (FrozenModules.lookup(interp(), name.value()) == null) {
            return PyNone.NONE;
        }
        return interp().importer().importModule(name.value());
    }

    @Exposed(value = "_frozen_module_names($module, /)",
            doc = "Returns the list of available frozen modules.")
    public static PyObject _frozen_module_names() {
        PyList names = new PyList();
        for (String n : FrozenModules.names(interp())) {
            names.append(PyStr.of(n));
        }
        return names;
    }

    // CPython: Python/import.c _imp__override_frozen_modules_for_tests_impl
    @Exposed(value = "_override_frozen_modules_for_tests($module, override, /)",
            doc = "(internal-only) Override PyConfig.use_frozen_modules.")
    public static void _override_frozen_modules_for_tests(PyObject override) {
        FrozenModules.override(interp(), CArgs.asInt(override));
    }

    private static FrozenModules.Entry frozenEntry(PyStr name) {
        FrozenModules.Entry entry = FrozenModules.lookup(interp(), name.value());
        if (entry == null) {
            throw notFrozen(name);
        }
        return entry;
    }

    /** The frozen module's code, compiled from its source as CPython froze it. */
    private static PyCode frozenCode(FrozenModules.Entry entry) {
        java.nio.file.Path file = entry.sourceFile();
        if (file == null) {
            throw invalidFrozen(PyStr.of(entry.name()));
        }
        return Importer.compileFile(file.toString(), entry.codeName(), interp());
    }

    // CPython: Python/import.c set_frozen_error, FROZEN_INVALID
    private static RuntimeException invalidFrozen(PyStr name) {
        return Importer.importError("Frozen object named " + Ops.repr(name).value()
                + " is invalid", name, null);
    }

    // CPython: Python/import.c set_frozen_error, FROZEN_NOT_FOUND
    private static RuntimeException notFrozen(PyStr name) {
        return Importer.importError("No such frozen object named " + Ops.repr(name).value(),
                name, null);
    }

    @Exposed(value = "extension_suffixes($module, /)",
            doc = "Returns the list of file suffixes used to identify extension modules.")
    public static PyObject extension_suffixes() {
        // Krait loads no C extension modules, so no file is one
        return new PyList();
    }

    @Exposed(value = "create_dynamic($module, spec, file=<unrepresentable>, /)",
            doc = "Create an extension module.")
    public static PyObject create_dynamic(PyObject spec, PyObject file) {
        PyObject name = Attributes.getAttr(spec, "name");
        PyObject origin = Attributes.lookupAttrOrNull(spec, "origin");
        throw Importer.importError("Krait cannot load C extension modules ("
                + Ops.str(name).value() + ")", name, origin);
    }

    @Exposed(value = "exec_dynamic($module, mod, /)", doc = "Initialize an extension module.")
    public static long exec_dynamic(PyObject mod) {
        return 0;
    }

    // CPython: Python/import.c _imp__fix_co_filename_impl
    @Exposed(value = "_fix_co_filename($module, code, path, /)",
            doc = "Changes code.co_filename to specify the passed-in file path.")
    public static void _fix_co_filename(PyCode code, PyStr path) {
        code.renameFile(code.filename, path.value());
    }

    // CPython: Python/import.c _imp_source_hash_impl
    @Exposed(value = "source_hash($module, /, key, source)")
    public static PyObject source_hash(PyObject key, PyObject source) {
        long k = CArgs.asLong(key);
        long h = PyHashes.keyedHash(k, PyBytes.bytesLikeCopy(source));
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h >>> (8 * i));
        }
        return PyBytes.of(out);
    }
}
