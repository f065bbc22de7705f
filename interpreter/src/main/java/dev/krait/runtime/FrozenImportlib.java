package dev.krait.runtime;

import dev.krait.modules.sys.StdlibLocator;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * importlib's two bootstrap modules under the names CPython's start-up gives them:
 * {@code Lib/importlib/_bootstrap.py} runs as {@code _frozen_importlib} and
 * {@code _bootstrap_external.py} as {@code _frozen_importlib_external}, without the
 * {@code importlib} package (and the {@code warnings} module its {@code __init__} imports).
 * CPython freezes the two into its binary; Krait reads their source from the standard library
 * (through the parsed-module cache) the first time something needs importlib's machinery — the
 * main file's {@code __loader__}, a finder of the program's, a path hook, a {@code .pyc} — or a
 * program imports either name. {@code import importlib} then finds {@code _frozen_importlib} and
 * makes {@code importlib._bootstrap} an alias of it, as its {@code __init__} does in CPython.
 *
 * <p>Krait's {@code _imp} knows no frozen modules, so these two are not importable through
 * {@code FrozenImporter} itself; they get the spec and attributes CPython's have (origin
 * {@code 'frozen'}, {@code FrozenImporter} as loader, code named
 * {@code <frozen importlib._bootstrap>}).
 *
 * <p>CPython counterpart: Python/pylifecycle.c init_importlib ({@code _bootstrap._install}) and
 * init_importlib_external ({@code _bootstrap._install_external_importers}).
 */
final class FrozenImportlib {
    static final String BOOTSTRAP = "_frozen_importlib";
    static final String EXTERNAL = "_frozen_importlib_external";

    private final Interpreter interp;
    private final Importer importer;
    private final MetaPath metaPath;

    /** The two modules once set up; null before. */
    private PyModule bootstrap;
    private PyModule external;
    /** Set while {@code _bootstrap} is set up, when importing the external half runs it. */
    private boolean settingUp;

    FrozenImportlib(Interpreter interp, Importer importer, MetaPath metaPath) {
        this.interp = interp;
        this.importer = importer;
        this.metaPath = metaPath;
    }

    /** Whether {@code name} is one of the two module names this class stands for. */
    static boolean isFrozenName(String name) {
        return name.equals(BOOTSTRAP) || name.equals(EXTERNAL);
    }

    /**
     * {@code import _frozen_importlib} or {@code _frozen_importlib_external} when it is not in
     * {@code sys.modules}: the module, set up on first use (a program that removed it from
     * {@code sys.modules} gets the same module back).
     */
    PyObject load(String name) {
        if (name.equals(EXTERNAL) && settingUp) {
            external = run(EXTERNAL, "_bootstrap_external");
            return external;
        }
        bootstrap();
        PyModule module = name.equals(BOOTSTRAP) ? bootstrap : external;
        interp.modules().setItem(PyStr.of(name), module);
        return module;
    }

    /** {@code _frozen_importlib_external}, setting importlib up first when need be. */
    PyObject external() {
        bootstrap();
        return external;
    }

    /**
     * {@code _frozen_importlib}, set up on first use as CPython's start-up sets it up:
     * {@code _setup(sys, _imp)} (specs for the built-in modules loaded so far, and the
     * {@code _thread}, {@code _warnings}, {@code _weakref} it uses), then the external half
     * imported and told of it, then importlib's finders and path hooks in {@code sys.meta_path}
     * and {@code sys.path_hooks} ({@link MetaPath#install}).
     */
    PyObject bootstrap() {
        if (bootstrap != null) {
            return bootstrap;
        }
        PyModule b = run(BOOTSTRAP, "_bootstrap");
        settingUp = true;
        try {
            Ops.call(Attributes.getAttr(b, "_setup"), interp.sysModule(), imp());
            // importlib's own imports (import_module, reload) lock what the interpreter locks
            Attributes.setAttr(b, "_get_module_lock", Attributes.getAttr(PyModuleLock.TYPE,
                    "_get_module_lock"));
            Attributes.setAttr(b, "_module_locks", new PyModuleLockNames(
                    importer.moduleLocks()));
            // CPython: _bootstrap._install_external_importers imports it, so -X importtime
            // shows it (and what it imports) while _frozen_importlib itself stays unlisted
            PyObject ext = importer.findAndLoad(EXTERNAL);
            Attributes.setAttr(b, "_bootstrap_external", ext);
            Ops.call(Attributes.getAttr(ext, "_set_bootstrap_module"), b);
        } catch (PyException | Error e) {
            interp.modules().delItem(PyStr.of(BOOTSTRAP));
            if (interp.modules().getItem(PyStr.of(EXTERNAL)) != null) {
                interp.modules().delItem(PyStr.of(EXTERNAL));
            }
            external = null;
            throw e;
        } finally {
            settingUp = false;
        }
        bootstrap = b;
        giveFrozenSpec(b, "importlib._bootstrap", null);
        giveFrozenSpec(external, "importlib._bootstrap_external",
                sourceFile("_bootstrap_external").toString());
        metaPath.install(b, external);
        return b;
    }

    /**
     * The {@code _imp} module, loaded without an import-time line when need be: CPython makes
     * it before anything is imported.
     */
    private PyObject imp() {
        PyObject imp = interp.modules().getItem(PyStr.of("_imp"));
        return imp != null ? imp : importer.load(ModuleSpec.builtin("_imp"));
    }

    /**
     * Runs importlib's {@code file}.py in a new module {@code name}, put in {@code sys.modules}
     * first (and taken out again if it fails), its code named as CPython's frozen code is.
     */
    private PyModule run(String name, String file) {
        Path source = sourceFile(file);
        PyModule module = new PyModule(name);
        if (name.equals(BOOTSTRAP)) {
            // CPython: PyImport_ImportFrozenModuleObject leaves the name the code was frozen
            // from, which _setup's FrozenImporter._fix_up_module takes (it is frozen itself)
            module.put("__origname__", PyStr.of("importlib." + file));
        }
        PyStr key = PyStr.of(name);
        interp.modules().setItem(key, module);
        try {
            importer.execSource(module, source.toString(), "<frozen importlib." + file + ">");
        } catch (PyException | Error e) {
            interp.modules().delItem(key);
            throw e;
        }
        return module;
    }

    /**
     * importlib's {@code file}.py: in the standard library's folder, else in the
     * {@code importlib} package that {@code sys.path} holds.
     */
    private Path sourceFile(String file) {
        Path stdlib = StdlibLocator.find();
        if (stdlib != null) {
            Path p = stdlib.resolve("importlib").resolve(file + ".py");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        ModuleSpec pkg = importer.pathSearch().spec("importlib", null);
        if (pkg != null && pkg.origin() != null) {
            Path p = Path.of(pkg.origin()).resolveSibling(file + ".py");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        String name = file.equals("_bootstrap") ? BOOTSTRAP : EXTERNAL;
        throw Importer.moduleNotFound("No module named '" + name + "'", name);
    }

    /**
     * The spec and attributes CPython's frozen module has: {@code FrozenImporter} as loader,
     * origin {@code 'frozen'}, a {@code loader_state} naming the source module and its file,
     * and that file as {@code __file__} when there is one.
     * CPython: Lib/importlib/_bootstrap.py FrozenImporter.find_spec, _fix_up_module.
     */
    private void giveFrozenSpec(PyModule module, String origname, String filename) {
        PyObject frozenImporter = Attributes.getAttr(bootstrap, "FrozenImporter");
        PyObject spec = Ops.call(Attributes.getAttr(bootstrap, "spec_from_loader"),
                new PyObject[] {PyStr.of(module.name()), frozenImporter, PyStr.of("frozen")},
                new String[] {"origin"});
        PyObject namespace = Attributes.getAttr(interp.sysModule(), "implementation").type();
        PyObject file = filename == null ? PyNone.NONE : PyStr.of(filename);
        Attributes.setAttr(spec, "loader_state", Ops.call(namespace,
                new PyObject[] {file, PyStr.of(origname)}, new String[] {"filename",
                    "origname"}));
        Ops.call(Attributes.getAttr(bootstrap, "_init_module_attrs"), spec, module);
        if (filename != null) {
            module.put("__file__", file);
        } else if (module.getDict().getItem(PyStr.of("__file__")) != null) {
            // _fix_up_module gave _frozen_importlib one from sys._stdlib_dir, which CPython's
            // _setup runs too early to know
            module.getDict().delItem(PyStr.of("__file__"));
        }
    }

    /** Whether importlib has been set up (its modules run, its finders installed). */
    boolean isSetUp() {
        return bootstrap != null;
    }
}
