package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main programs that CPython hands to {@code runpy} instead of running a file itself:
 * {@code -m NAME}, and a program path that is an import path entry — a directory or a zip
 * file (a zipapp) holding {@code __main__.py}. Such a path goes first on {@code sys.path} and
 * its {@code __main__} module is run by {@code runpy._run_module_as_main}, so that the module's
 * spec, loader, {@code __file__} and every error message ("can't find '__main__' module in
 * ...", "No module named ...") are runpy's own.
 *
 * <p>Whether a path is an import path entry is what {@code sys.path_hooks} say (the
 * zipimporter for zip files, FileFinder's hook for directories), asked as CPython asks them,
 * with the answer kept in {@code sys.path_importer_cache}.
 *
 * <p>CPython counterpart: Modules/main.c {@code pymain_get_importer} and
 * {@code pymain_run_module}; Python/import.c {@code get_path_importer}.
 */
final class RunpyMain {
    private RunpyMain() {}

    /** How far from a zip file's end its end-of-central-directory record can start. */
    private static final int ZIP_END_SEARCH = 22 + 0xFFFF;

    /**
     * Whether any of the standard path hooks could take {@code path}: a directory, or a file
     * holding a zip file's end record. Ordinary scripts fail this cheap test, and so skip
     * asking {@code sys.path_hooks} (whose zipimporter would open the file and reject it).
     */
    static boolean mayBePathEntry(String path) {
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            return false;
        }
        if (Files.isDirectory(p)) {
            return true;
        }
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(p.toFile(), "r")) {
            long length = file.length();
            int tail = (int) Math.min(length, ZIP_END_SEARCH);
            byte[] bytes = new byte[tail];
            file.seek(length - tail);
            file.readFully(bytes);
            for (int i = tail - 22; i >= 0; i--) {
                if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5
                        && bytes[i + 3] == 6) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The importer {@code sys.path_hooks} give for {@code path}, or None: the first hook that
     * does not raise ImportError answers, and {@code sys.path_importer_cache} keeps the answer
     * (None while the hooks are asked, so that a hook importing something does not recurse).
     * With {@code -S} importlib may not have installed its hooks yet; it is set up first.
     */
    // CPython: Python/import.c get_path_importer
    static PyObject importerFor(Interpreter interp, String path) {
        PyModule sys = interp.sysModule();
        PyObject hooks = sys.getDict().getItem(PyStr.of("path_hooks"));
        if (hooks instanceof PyList list && list.size() == 0) {
            interp.importer().importlibBootstrap();
            hooks = sys.getDict().getItem(PyStr.of("path_hooks"));
        }
        PyObject cache = sys.getDict().getItem(PyStr.of("path_importer_cache"));
        if (!(hooks instanceof PyList) || !(cache instanceof PyDict)) {
            throw PyExceptions.of(PyExceptions.RuntimeError,
                    "sys.path_hooks or sys.path_importer_cache is not set");
        }
        PyStr key = PyStr.of(path);
        PyObject known = ((PyDict) cache).getItem(key);
        if (known != null) {
            return known;
        }
        ((PyDict) cache).setItem(key, PyNone.NONE);
        for (PyObject hook : Iteration.toList(hooks)) {
            PyObject importer;
            try {
                importer = Ops.call(hook, key);
            } catch (PyException e) {
                if (e.value.type().isSubtypeOf(PyExceptions.ImportError)) {
                    continue;
                }
                throw e;
            }
            ((PyDict) cache).setItem(key, importer);
            return importer;
        }
        return PyNone.NONE;
    }

    /**
     * Runs module {@code name} as {@code __main__} through
     * {@code runpy._run_module_as_main(name, alterArgv)}; with {@code alterArgv}
     * ({@code -m}) runpy sets {@code sys.argv[0]} to the module's file.
     */
    // CPython: Modules/main.c pymain_run_module
    static void runModuleAsMain(Interpreter interp, String name, boolean alterArgv) {
        PyObject runpy = interp.importer().importModule("runpy");
        Ops.call(Attributes.getAttr(runpy, "_run_module_as_main"), PyStr.of(name),
                PyBool.of(alterArgv));
    }
}
