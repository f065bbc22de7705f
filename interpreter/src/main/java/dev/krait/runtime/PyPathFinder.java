package dev.krait.runtime;

import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The finder of modules on {@code sys.path} (and a package's {@code __path__}) that
 * {@code sys.meta_path} starts with: {@code .py} files, regular packages and namespace packages,
 * searched by the {@link Importer} in Java. When {@code importlib} is imported, its own
 * {@code PathFinder} (with {@code sys.path_hooks} and {@code FileFinder}) takes this one's place.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap_external.py {@code PathFinder}.
 */
public final class PyPathFinder extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("PathFinder", PyPathFinder.class,
            null).withModule("_frozen_importlib_external");

    private PyPathFinder() {
        super(TYPE);
    }

    @Exposed(value = "find_spec($type, fullname, path=None, target=None, /)",
            kind = Exposed.Kind.CLASS)
    public static PyObject find_spec(PyType cls, PyStr fullname, PyObject path,
            PyObject target) {
        List<String> entries = null;
        if (path != null && path != PyNone.NONE) {
            entries = new ArrayList<>();
            for (PyObject e : Iteration.toList(path)) {
                if (e instanceof PyStr s) {
                    entries.add(s.value());
                }
            }
        }
        Importer importer = ThreadState.current().interpreter.importer();
        PyObject spec = importer.pathSearch().spec(fullname.value(), entries);
        return spec == null ? PyNone.NONE : spec;
    }

    @Exposed(value = "invalidate_caches($type, /)", kind = Exposed.Kind.CLASS)
    public static void invalidate_caches(PyType cls) {
        // the Java search keeps no directory caches
    }
}
