package dev.krait.modules.testinternalcapi;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.NormPath;
import dev.krait.modules.sys.ObjectSizes;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;

/**
 * The {@code _testinternalcapi} module, which CPython's test support imports to learn how the
 * interpreter was configured ({@code requires_debug_ranges}), how deep the recursion is, and how
 * large the garbage collector's header is ({@code check_sizeof}). Every answer comes from
 * Krait's own state; what Krait cannot do is left out rather than faked: {@code set_config} and
 * {@code reset_path_config} (the configuration is fixed once the interpreter starts),
 * {@code set_eval_frame_*} (there is no frame-evaluation hook to replace), the C-level self-tests
 * ({@code test_bswap}, {@code test_hashtable}, ...) and {@code get_getpath_codeobject} (there is
 * no getpath.py). Tests that need them then fail at import or with an AttributeError, as their
 * own guards expect of an interpreter without them.
 *
 * <p>CPython counterpart: Modules/_testinternalcapi.c.
 */
@NativeModule.Register("_testinternalcapi")
public final class TestInternalCapiModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_testinternalcapi");
        ModuleBuilder.addFunctions(m, TestInternalCapiModule.class);
        ModuleBuilder.addFunctions(m, LocaleCodec.class);
        m.put("SIZEOF_PYGC_HEAD", PyInt.of(ObjectSizes.GC_HEADER));
        return m;
    }

    // CPython: Modules/_testinternalcapi.c test_get_config
    @Exposed(value = "get_config($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject get_config() {
        return ConfigDict.config(ThreadState.current().interpreter);
    }

    // CPython: Modules/_testinternalcapi.c get_configs, Python/initconfig.c
    // _Py_GetConfigsAsDict
    @Exposed(value = "get_configs($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject get_configs() {
        return ConfigDict.configs(ThreadState.current().interpreter);
    }

    /**
     * The recursion depth the caller runs at: the Python frames and native recursions that the
     * recursion limit counts. CPython subtracts the call of this function, which it counts as a
     * recursion; Krait does not count a call of a builtin, so there is nothing to subtract.
     */
    // CPython: Modules/_testinternalcapi.c get_recursion_depth
    @Exposed(value = "get_recursion_depth($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long get_recursion_depth() {
        return ThreadState.current().depth;
    }

    /**
     * {@code _Py_normpath}: the same normalisation as {@code posix._path_normpath}; the C
     * function's result is read back as a NUL-terminated string, so it ends at the first NUL.
     */
    // CPython: Modules/_testinternalcapi.c normalize_path, Python/fileutils.c _Py_normpath
    @Exposed(value = "normalize_path($module, filename, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject normalize_path(PyObject filename) {
        if (!(filename instanceof PyStr)) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        String normal = NormPath._path_normpath(filename).toString();
        int nul = normal.indexOf('\0');
        return PyStr.of(nul < 0 ? normal : normal.substring(0, nul));
    }
}
