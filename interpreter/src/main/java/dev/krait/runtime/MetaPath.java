package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyException;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sys.meta_path} and {@code sys.path_hooks} as the {@link Importer} sees them: whether they
 * still hold only the standard finders (so the Java search is exact), the hand-over to
 * importlib's own search when a program has added a finder or hook, and the moment importlib
 * becomes the public face of importing.
 *
 * <p>CPython counterpart: Python/pylifecycle.c init_importlib and init_importlib_external;
 * Lib/importlib/_bootstrap.py _find_and_load_unlocked.
 */
final class MetaPath {
    private final Interpreter interp;
    private final Importer importer;

    MetaPath(Interpreter interp, Importer importer) {
        this.interp = interp;
        this.importer = importer;
    }

    /** importlib's finder classes and path hooks, once importlib has been imported. */
    private PyObject pyBuiltinImporter;
    private PyObject pyFrozenImporter;
    private PyObject pyPathFinder;
    private List<PyObject> pyPathHooks;
    /** importlib's two modules, once it has been imported. */
    private PyObject bootstrap;
    private PyObject external;

    /**
     * Whether {@code sys.meta_path} holds only the standard finders (Krait's, or importlib's
     * once it is imported, with the path hooks importlib installed): then the search in Java
     * finds exactly what they would, and imports stay fast. A program that adds a finder or a
     * path hook gets importlib's own search instead, so its finder takes part as in CPython.
     */
    boolean usesDefaultFinders() {
        PyModule sys = interp.sysModule();
        PyObject metaPath = sys == null ? null : sys.getDict().getItem(PyStr.of("meta_path"));
        return metaPath instanceof PyList list && standardFrom(sys, list, 0);
    }

    /** Set once importlib's finders and path hooks (zipimporter too) are in place. */
    private boolean installed;

    /** Whether importlib has been imported and installed its finders and path hooks. */
    boolean installed() {
        return installed;
    }

    /**
     * How many finders of the program's stand before the standard ones in {@code sys.meta_path}
     * (as {@code site}'s {@code distutils-precedence.pth} puts setuptools' finder first), or -1
     * when what follows them is not the standard finders.
     */
    int leadingFinders() {
        PyModule sys = interp.sysModule();
        PyObject metaPath = sys == null ? null : sys.getDict().getItem(PyStr.of("meta_path"));
        if (!(metaPath instanceof PyList list)) {
            return -1;
        }
        for (int k = 1; k < list.size(); k++) {
            if (standardFrom(sys, list, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Asks the first {@code count} finders of {@code sys.meta_path} for {@code name} in turn,
     * as importlib's {@code _find_spec} would before it reaches the standard ones: the module
     * that the first finder to answer finds, loaded by importlib, or null when none answers, so
     * that the standard search (in Java) goes on. CPython: Lib/importlib/_bootstrap.py
     * _find_spec.
     */
    PyObject loadFromLeadingFinders(int count, String name, PyObject parentModule) {
        PyObject metaPath = interp.sysModule().getDict().getItem(PyStr.of("meta_path"));
        if (!(metaPath instanceof PyList list)) {
            return null;
        }
        PyObject path = parentModule == null ? PyNone.NONE
                : Attributes.getAttr(parentModule, "__path__");
        List<PyObject> finders = new ArrayList<>(list.items.subList(0,
                Math.min(count, list.size())));
        ModuleLocks locks = importer.moduleLocks();
        for (PyObject finder : finders) {
            PyObject spec;
            // CPython: _find_spec asks each finder holding the global import lock
            locks.acquireImportLock();
            try {
                PyObject findSpec = Attributes.lookupAttrOrNull(finder, "find_spec");
                if (findSpec == null) {
                    continue;
                }
                spec = Ops.call(findSpec, PyStr.of(name), path, PyNone.NONE);
            } finally {
                locks.releaseImportLock();
            }
            if (spec != PyNone.NONE) {
                if (spec instanceof ModuleSpec javaSpec) {
                    return importer.load(javaSpec);
                }
                return Ops.call(Attributes.getAttr(importer.importlibBootstrap(),
                        "_load_unlocked"), spec);
            }
        }
        return null;
    }

    private boolean standardFrom(PyModule sys, PyList list, int from) {
        boolean seenPath = false;
        for (int i = from; i < list.size(); i++) {
            PyObject f = list.items.get(i);
            if (f == PyPathFinder.TYPE) {
                seenPath = true;
            } else if (f != null && f == pyPathFinder) {
                if (!pathHooksUnchanged(sys)) {
                    return false;
                }
                seenPath = true;
            } else if (seenPath || !(f == PyBuiltinImporter.TYPE
                    || f != null && (f == pyBuiltinImporter || f == pyFrozenImporter))) {
                return false;
            }
        }
        return from < list.size();
    }

    private boolean pathHooksUnchanged(PyModule sys) {
        PyObject hooks = sys.getDict().getItem(PyStr.of("path_hooks"));
        if (!(hooks instanceof PyList l) || pyPathHooks == null
                || l.size() != pyPathHooks.size()) {
            return false;
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.items.get(i) != pyPathHooks.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds and loads {@code name} with importlib's own {@code _find_spec} and
     * {@code _load_unlocked} (CPython: Lib/importlib/_bootstrap.py _find_and_load_unlocked),
     * for when {@code sys.meta_path} or {@code sys.path_hooks} holds something of the
     * program's.
     */
    PyObject loadThroughImportlib(String name, PyObject parentModule) {
        PyObject bootstrap = importer.importlibBootstrap();
        PyObject path = parentModule == null ? PyNone.NONE
                : Attributes.getAttr(parentModule, "__path__");
        PyObject spec = Ops.call(Attributes.getAttr(bootstrap, "_find_spec"), PyStr.of(name),
                path);
        if (spec == PyNone.NONE) {
            throw Importer.moduleNotFound("No module named '" + name + "'", name);
        }
        if (spec instanceof ModuleSpec javaSpec) {
            return importer.load(javaSpec);
        }
        return Ops.call(Attributes.getAttr(bootstrap, "_load_unlocked"), spec);
    }

    /**
     * Once importlib's bootstrap has run ({@link FrozenImportlib}), makes it the import system's
     * public face as CPython's is: {@code sys.meta_path} holds its BuiltinImporter,
     * FrozenImporter and PathFinder in place of Krait's, and {@code sys.path_hooks} its
     * zipimporter and FileFinder hook.
     * CPython: Python/pylifecycle.c init_importlib and init_importlib_external.
     */
    void install(PyObject bootstrap, PyObject external) {
        PyModule sys = interp.sysModule();
        if (sys == null || pyPathFinder != null) {
            return;
        }
        PyObject builtinImporter = Attributes.getAttr(bootstrap, "BuiltinImporter");
        PyObject frozenImporter = Attributes.getAttr(bootstrap, "FrozenImporter");
        PyObject pathFinder = Attributes.getAttr(external, "PathFinder");
        PyObject metaPath = sys.getDict().getItem(PyStr.of("meta_path"));
        if (metaPath instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.items.get(i) == PyBuiltinImporter.TYPE) {
                    list.items.set(i, builtinImporter);
                    list.items.add(i + 1, frozenImporter);
                } else if (list.items.get(i) == PyPathFinder.TYPE) {
                    list.items.set(i, pathFinder);
                }
            }
        }
        pyBuiltinImporter = builtinImporter;
        pyFrozenImporter = frozenImporter;
        pyPathFinder = pathFinder;
        this.bootstrap = bootstrap;
        this.external = external;
        PyObject hooks = sys.getDict().getItem(PyStr.of("path_hooks"));
        if (hooks instanceof PyList l && l.size() == 0) {
            PyObject loaders = Ops.call(Attributes.getAttr(external,
                    "_get_supported_file_loaders"));
            PyObject[] args = Iteration.toList(loaders).toArray(new PyObject[0]);
            l.append(Ops.call(Attributes.getAttr(Attributes.getAttr(external, "FileFinder"),
                    "path_hook"), args));
            // The finders and hooks are importlib's standard ones from here, so zipimport (which
            // CPython has frozen) comes through the Java search and the parsed-module cache,
            // not through importlib's pure-Python path finder and compile().
            pyPathHooks = new ArrayList<>(l.items);
            try {
                PyObject zipimport = importer.findAndLoad("zipimport");
                l.insert(PyInt.of(0), Attributes.getAttr(zipimport, "zipimporter"));
            } catch (PyException e) {
                // CPython: init_zipimport carries on without it ("# can't import zipimport")
            }
            pyPathHooks = new ArrayList<>(l.items);
        }
        adoptEarlierModules();
        installed = true;
    }

    /**
     * Gives the modules imported before importlib ran (through the Java search, with Krait's
     * own spec and no loader) importlib's spec and loader, as if its finders had found them:
     * CPython's modules always have them, because its importlib is frozen into the binary and
     * runs first. Python/pylifecycle.c does the same for the built-in modules it made before
     * importlib (_bootstrap._setup), which covers only those.
     */
    private void adoptEarlierModules() {
        for (PyObject m : interp.modules().valueList()) {
            if (!(m instanceof PyModule module)) {
                continue;
            }
            if (module.getDict().getItem(PyStr.of("__spec__")) instanceof ModuleSpec spec) {
                PyObject path = module.getDict().getItem(PyStr.of("__path__"));
                PyObject pySpec = importlibSpec(spec, path);
                if (spec.initializing()) {
                    Attributes.setAttr(pySpec, "_initializing", PyBool.TRUE);
                }
                initModuleAttributes(pySpec, module);
            }
            if (module.getDict().getItem(PyStr.of("__loader__")) == PyBuiltinImporter.TYPE) {
                // sys and builtins: _setup gave them importlib's spec but kept Krait's loader
                module.put("__loader__", pyBuiltinImporter);
            }
        }
    }

    /**
     * importlib's spec for a module the Java search found, or null before importlib runs: what
     * its finders would have made — a BuiltinImporter spec for a native module,
     * spec_from_file_location with a SourceFileLoader for a source file (a SourcelessFileLoader
     * for a .pyc), a spec whose path is a
     * {@code _NamespacePath} for a namespace package. {@code existingPath} is the module's
     * {@code __path__} when it already has one, kept as the spec's search locations (CPython's
     * module and spec share that list).
     * CPython: Lib/importlib/_bootstrap_external.py FileFinder.find_spec, PathFinder.find_spec.
     */
    PyObject importlibSpec(ModuleSpec spec, PyObject existingPath) {
        if (bootstrap == null) {
            return null;
        }
        PyStr name = PyStr.of(spec.name());
        if (spec.frozen() != null) {
            // its own finder makes it, loader_state and all
            return Ops.callMethod(pyFrozenImporter, "find_spec", name);
        }
        PyObject moduleSpec = Attributes.getAttr(bootstrap, "ModuleSpec");
        if (spec.isBuiltin()) {
            return Ops.call(moduleSpec, new PyObject[] {name, pyBuiltinImporter,
                    PyStr.of("built-in")}, new String[] {"origin"});
        }
        PyObject locations = existingPath != null ? existingPath : spec.searchLocations();
        String origin = spec.origin();
        if (origin == null) {
            PyObject pySpec = Ops.call(moduleSpec, name, PyNone.NONE);
            PyObject portions = locations instanceof NamespacePath ns
                    ? Ops.call(PyList.TYPE, ns) : locations;
            Attributes.setAttr(pySpec, "submodule_search_locations",
                    Ops.call(Attributes.getAttr(external, "_NamespacePath"), name, portions,
                            Attributes.getAttr(pyPathFinder, "_get_spec")));
            return pySpec;
        }
        PyStr file = PyStr.of(origin);
        PyObject loader = Ops.call(Attributes.getAttr(external, PycPaths.isBytecode(origin)
                ? "SourcelessFileLoader" : "SourceFileLoader"), name, file);
        PyObject fromLocation = Attributes.getAttr(external, "spec_from_file_location");
        if (locations == null) {
            return Ops.call(fromLocation, new PyObject[] {name, file, loader},
                    new String[] {"loader"});
        }
        return Ops.call(fromLocation, new PyObject[] {name, file, loader, locations},
                new String[] {"loader", "submodule_search_locations"});
    }

    /** Sets a module's import attributes from its spec, as importlib does when it loads one. */
    void initModuleAttributes(PyObject pySpec, PyModule module) {
        Ops.call(Attributes.getAttr(bootstrap, "_init_module_attrs"), pySpec, module);
    }
}
