package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;

/**
 * The finder and loader of built-in (native) modules that {@code sys.meta_path} starts with, as
 * CPython's does. The importer runs the search itself when it meets this class in
 * {@code sys.meta_path}; these class methods serve Python code that calls the finder directly.
 * When {@code importlib} is imported, its own {@code BuiltinImporter} takes this one's place
 * (see {@link Importer}).
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap.py {@code BuiltinImporter}.
 */
public final class PyBuiltinImporter extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("BuiltinImporter",
            PyBuiltinImporter.class, null).withModule("_frozen_importlib");

    private PyBuiltinImporter() {
        super(TYPE);
    }

    @Exposed(value = "find_spec($type, fullname, path=None, target=None, /)",
            kind = Exposed.Kind.CLASS)
    public static PyObject find_spec(PyType cls, PyStr fullname, PyObject path,
            PyObject target) {
        if (path != null && path != PyNone.NONE) {
            return PyNone.NONE;
        }
        Importer importer = ThreadState.current().interpreter.importer();
        PyObject spec = importer.builtinSpec(fullname.value());
        return spec == null ? PyNone.NONE : spec;
    }

    @Exposed(value = "create_module($type, spec, /)", kind = Exposed.Kind.CLASS)
    public static PyObject create_module(PyType cls, PyObject spec) {
        PyObject n = Attributes.getAttr(spec, "name");
        PyObject m = ThreadState.current().interpreter.importer()
                .createNative(((PyStr) n).value());
        return m == null ? PyNone.NONE : m;
    }

    @Exposed(value = "exec_module($type, module, /)", kind = Exposed.Kind.CLASS)
    public static void exec_module(PyType cls, PyObject module) {
        // native modules are complete when created
    }

    @Exposed(value = "is_package($type, fullname, /)", kind = Exposed.Kind.CLASS)
    public static boolean is_package(PyType cls, PyObject fullname) {
        return false;
    }

    @Exposed(value = "get_code($type, fullname, /)", kind = Exposed.Kind.CLASS)
    public static PyObject get_code(PyType cls, PyObject fullname) {
        return PyNone.NONE;
    }

    @Exposed(value = "get_source($type, fullname, /)", kind = Exposed.Kind.CLASS)
    public static PyObject get_source(PyType cls, PyObject fullname) {
        return PyNone.NONE;
    }
}
