package dev.krait.runtime;

import dev.krait.compiler.Compiler;
import dev.krait.lexer.FrontEndError;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyImportError;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import java.io.IOException;
import java.util.List;

/**
 * The import system of one interpreter: what {@code import m}, {@code from p import x} and
 * {@code __import__} do. It follows importlib's {@code _bootstrap} step by step — resolve a
 * relative name against {@code __package__}, look in {@code sys.modules}, import the parent
 * package first, then find the module: a native module (written in Java) by name, else a
 * {@code .py} file, a regular package ({@code __init__.py}) or a namespace package on
 * {@code sys.path} (or the parent's {@code __path__}); the new module goes into
 * {@code sys.modules} before its code runs, so circular imports see it partially initialised.
 *
 * <p>Its parts: {@link NativeModuleIndex} (the native modules that exist), {@link PathSearch}
 * (the search of {@code sys.path} in Java), {@link MetaPath} (the program's finders and
 * importlib's, once they are in play), {@link ModuleLocks} (one import of a module at a time),
 * {@link FromImport} (what {@code from m import ...} takes from the module) and
 * {@link ImportTimes} ({@code -X importtime}).
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap.py ({@code __import__},
 * {@code _find_and_load}, {@code _handle_fromlist}), _bootstrap_external.py
 * ({@code PathFinder}, {@code FileFinder}).
 */
public final class Importer {
    private final Interpreter interp;
    private final MetaPath metaPath;
    private final FrozenImportlib frozenImportlib;
    private final ModuleLocks moduleLocks;
    private final PathSearch pathSearch;
    /** {@code -X importtime}'s clock, or null when each import's time is not shown. */
    private ImportTimes importTimes;

    Importer(Interpreter interp) {
        this.interp = interp;
        this.metaPath = new MetaPath(interp, this);
        this.frozenImportlib = new FrozenImportlib(interp, this, metaPath);
        this.moduleLocks = new ModuleLocks(interp);
        this.pathSearch = new PathSearch(interp);
    }

    /** The per-module import locks and the global import lock of this interpreter. */
    public ModuleLocks moduleLocks() {
        return moduleLocks;
    }

    /**
     * importlib's {@code _bootstrap} module, {@code _frozen_importlib}, setting importlib up
     * (its finders and path hooks installed) the first time (see {@link FrozenImportlib}).
     */
    public PyObject importlibBootstrap() {
        return frozenImportlib.bootstrap();
    }

    /** importlib's {@code _bootstrap_external}, {@code _frozen_importlib_external}, likewise. */
    public PyObject importlibExternal() {
        return frozenImportlib.external();
    }

    /** Makes native module {@code name} for this interpreter, or null when there is none. */
    public PyModule createNative(String name) {
        NativeModule n = NativeModuleIndex.factory(name);
        if (n == null) {
            return null;
        }
        PyModule m = n.create(interp);
        m.put("__spec__", ModuleSpec.builtin(name));
        return m;
    }

    // ---- __import__ ----------------------------------------------------------------------------

    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: returns the top package for
     * {@code import a.b.c}, the module itself when {@code fromlist} is not empty.
     * CPython: Python/import.c PyImport_ImportModuleLevelObject.
     */
    public PyObject importName(PyObject name, PyObject globals, PyObject fromlist, int level) {
        if (!(name instanceof PyStr)) {
            throw PyExceptions.typeError("module name must be a string");
        }
        String n = ((PyStr) name).value();
        if (level < 0) {
            throw PyExceptions.valueError("level must be >= 0");
        }
        String absolute = n;
        if (level > 0) {
            absolute = resolveName(n, globals, level);
        } else if (n.isEmpty()) {
            throw PyExceptions.valueError("Empty module name");
        }
        PyObject module = findAndLoad(absolute);
        boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && Ops.isTrue(fromlist);
        if (!hasFromlist) {
            int dot = n.indexOf('.');
            if (level > 0 && n.isEmpty() || dot < 0) {
                return module;
            }
            if (level == 0) {
                return findAndLoad(n.substring(0, dot));
            }
            int cutOff = n.length() - dot;
            String top = absolute.substring(0, absolute.length() - cutOff);
            PyObject m = sysModules().getItem(PyStr.of(top));
            if (m == null) {
                throw PyExceptions.keyError(PyStr.of("'" + top + "' not in sys.modules as "
                        + "expected"));
            }
            return m;
        }
        if (Attributes.lookupAttrOrNull(module, "__path__") != null) {
            handleFromlist(module, fromlist, false);
        }
        return module;
    }

    /** {@code import a.b.c} of an absolute name: the module {@code a.b.c} itself. */
    public PyObject importModule(String absoluteName) {
        return findAndLoad(absoluteName);
    }

    // CPython: Python/import.c resolve_name
    private static String resolveName(String name, PyObject globals, int level) {
        if (globals == null || globals == PyNone.NONE) {
            throw PyExceptions.keyError(PyStr.of("'__name__' not in globals"));
        }
        if (!(globals instanceof PyDict g)) {
            throw PyExceptions.typeError("globals must be a dict");
        }
        PyObject pkg = g.getItem(PyStr.of("__package__"));
        PyObject spec = g.getItem(PyStr.of("__spec__"));
        String base;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof PyStr p)) {
                throw PyExceptions.typeError("package must be a string");
            }
            if (spec != null && spec != PyNone.NONE
                    && !Ops.eqBool(pkg, Attributes.getAttr(spec, "parent"))) {
                WarningsMachinery.warn(PyStr.of("__package__ != __spec__.parent"),
                        PyExceptions.ImportWarning, 1, null);
            }
            base = p.value();
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Attributes.getAttr(spec, "parent");
            if (!(parent instanceof PyStr p)) {
                throw PyExceptions.typeError("__spec__.parent must be a string");
            }
            base = p.value();
        } else {
            WarningsMachinery.warn(PyStr.of("can't resolve package from __spec__ or "
                    + "__package__, falling back on __name__ and __path__"),
                    PyExceptions.ImportWarning, 1, null);
            PyObject modName = g.getItem(PyStr.of("__name__"));
            if (modName == null) {
                throw PyExceptions.keyError(PyStr.of("'__name__' not in globals"));
            }
            if (!(modName instanceof PyStr p)) {
                throw PyExceptions.typeError("__name__ must be a string");
            }
            base = p.value();
            if (g.getItem(PyStr.of("__path__")) == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) {
            throw importError("attempted relative import with no known parent package", null,
                    null);
        }
        for (int up = 1; up < level; up++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw importError("attempted relative import beyond top-level package", null,
                        null);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    // CPython: Lib/importlib/_bootstrap.py _handle_fromlist
    private void handleFromlist(PyObject module, PyObject fromlist, boolean recursive) {
        for (PyObject x : Iteration.toList(fromlist)) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? moduleName(module) + ".__all__" : "``from list''";
                throw PyExceptions.typeError("Item in " + where + " must be str, not "
                        + x.type().getName());
            }
            String item = s.value();
            if (item.equals("*")) {
                PyObject all = recursive ? null : Attributes.lookupAttrOrNull(module, "__all__");
                if (all != null) {
                    handleFromlist(module, all, true);
                }
            } else if (Attributes.lookupAttrOrNull(module, item) == null) {
                String fromName = moduleName(module) + "." + item;
                try {
                    findAndLoad(fromName);
                } catch (PyException e) {
                    if (e.matches(PyExceptions.ModuleNotFoundError)
                            && fromName.equals(String.valueOf(missingModuleName(e.value)))
                            && sysModules().getItem(PyStr.of(fromName)) != PyNone.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    // ---- finding and loading -----------------------------------------------------------------

    private PyDict sysModules() {
        return interp.modules();
    }

    /**
     * The module {@code name}, imported when it is not in {@code sys.modules} yet. The thread
     * that imports it holds the module's lock while it finds and runs it; a thread that finds
     * it in {@code sys.modules} still being initialised by another waits for that lock, so
     * that it sees the module complete (see {@link ModuleLocks}).
     */
    // CPython: Lib/importlib/_bootstrap.py _find_and_load; Python/import.c
    // PyImport_ImportModuleLevelObject (import_ensure_initialized on the module found)
    PyObject findAndLoad(String name) {
        PyStr key = PyStr.of(name);
        PyObject m = sysModules().getItem(key);
        if (m == null) {
            PyModuleLock lock = moduleLocks.acquire(name);
            try {
                m = sysModules().getItem(key);
                if (m == null) {
                    return importTimes != null ? importTimes.time(name, this::findAndLoadUnlocked)
                            : findAndLoadUnlocked(name);
                }
            } finally {
                moduleLocks.release(lock);
            }
        }
        if (m == PyNone.NONE) {
            throw moduleNotFound("import of " + name + " halted; None in sys.modules", name);
        }
        ensureInitialized(m, name);
        return m;
    }

    /**
     * Waits while another thread initialises {@code module} (found in {@code sys.modules} as
     * {@code name}). With one thread there is nothing to wait for, and nothing is looked up.
     */
    // CPython: Python/import.c import_ensure_initialized
    void ensureInitialized(PyObject module, String name) {
        if (moduleLocks.mayContend() && ModuleLocks.isInitializing(module)) {
            moduleLocks.lockUnlock(name);
        }
    }

    /** Sets whether each import's time is written to stderr ({@code -X importtime}). */
    public void setImportTime(boolean on) {
        importTimes = on ? new ImportTimes() : null;
    }

    // CPython: Lib/importlib/_bootstrap.py _find_and_load_unlocked
    private PyObject findAndLoadUnlocked(String name) {
        if (FrozenImportlib.isFrozenName(name)) {
            return frozenImportlib.load(name);
        }
        int dot = name.lastIndexOf('.');
        List<String> path = null;
        PyObject parentModule = null;
        // CPython: an empty parent (a name starting with a dot) is no parent
        if (dot > 0) {
            String parent = name.substring(0, dot);
            if (sysModules().getItem(PyStr.of(parent)) == null) {
                findAndLoad(parent);
            }
            PyObject already = sysModules().getItem(PyStr.of(name));
            if (already != null) {
                return already;
            }
            parentModule = sysModules().getItem(PyStr.of(parent));
            PyObject parentPath = parentModule == null ? null
                    : Attributes.lookupAttrOrNull(parentModule, "__path__");
            if (parentPath == null) {
                throw moduleNotFound("No module named '" + name + "'; '" + parent
                        + "' is not a package", name);
            }
            path = PathSearch.stringEntries(parentPath);
        }
        // CPython: the child is listed in its parent's spec while it loads, so that reading it
        // from the parent too early says "cannot access submodule" (a circular import)
        PyObject pending = parentModule == null ? null : uninitializedSubmodules(parentModule);
        String child = name.substring(dot + 1);
        if (pending instanceof PyList list && list.type() == PyList.TYPE) {
            list.append(PyStr.of(child));
        } else if (pending != null) {
            Ops.callMethod(pending, "append", PyStr.of(child));
        }
        PyObject module;
        try {
            module = findAndLoadChild(name, path, parentModule);
        } finally {
            if (pending instanceof PyList list && list.type() == PyList.TYPE
                    && list.size() > 0) {
                list.items.remove(list.size() - 1);
            } else if (pending != null) {
                Ops.callMethod(pending, "pop");
            }
        }
        if (parentModule != null) {
            // the parent as sys.modules has it now: the child's code may have replaced it
            String parent = name.substring(0, dot);
            PyObject parentNow = sysModules().getItem(PyStr.of(parent));
            if (parentNow == null) {
                throw PyExceptions.keyError(PyStr.of(parent));
            }
            try {
                Attributes.setAttr(parentNow, child, module);
            } catch (PyException e) {
                if (!e.matches(PyExceptions.AttributeError)) {
                    throw e;
                }
                WarningsMachinery.warn(PyStr.of("Cannot set an attribute on "
                        + Ops.repr(PyStr.of(parent)).value() + " for child module "
                        + Ops.repr(PyStr.of(child)).value()), PyExceptions.ImportWarning, 1,
                        null);
            }
        }
        return module;
    }

    /** A package's {@code __spec__._uninitialized_submodules}, or null when it has none. */
    private static PyObject uninitializedSubmodules(PyObject module) {
        PyObject spec = Attributes.lookupAttrOrNull(module, "__spec__");
        return spec == null || spec == PyNone.NONE ? null
                : Attributes.lookupAttrOrNull(spec, "_uninitialized_submodules");
    }

    /** The finding and loading part of {@link #findAndLoadUnlocked}. */
    private PyObject findAndLoadChild(String name, List<String> path, PyObject parentModule) {
        PyObject module = null;
        boolean standard = metaPath.usesDefaultFinders();
        if (!standard) {
            // finders of the program's first, then (when the rest are the standard ones) the
            // standard search in Java, as importlib's _find_spec would reach it
            int leading = metaPath.leadingFinders();
            if (leading < 0) {
                module = metaPath.loadThroughImportlib(name, parentModule);
            } else {
                module = metaPath.loadFromLeadingFinders(leading, name, parentModule);
                standard = module == null;
            }
        }
        if (standard && pathSearch.needsImportlib(name, path, metaPath.installed())) {
            module = metaPath.loadThroughImportlib(name, parentModule);
            standard = false;
        }
        if (standard) {
            ModuleSpec spec = findSpec(name, path);
            if (spec == null) {
                throw moduleNotFound("No module named '" + name + "'", name);
            }
            module = load(spec);
        }
        return module;
    }

    /**
     * Where module {@code name} would come from, or null: a native module for a top-level name,
     * else a search of {@code path} ({@code sys.path} when null).
     * CPython: Lib/importlib/_bootstrap.py _find_spec over BuiltinImporter and PathFinder.
     */
    public ModuleSpec findSpec(String name, List<String> path) {
        if (path == null && NativeModuleIndex.has(name)) {
            return ModuleSpec.builtin(name);
        }
        ModuleSpec frozen = FrozenModules.spec(interp, name);
        return frozen != null ? frozen : pathSearch.spec(name, path);
    }

    /** The spec of native module {@code name}, or null (BuiltinImporter.find_spec). */
    ModuleSpec builtinSpec(String name) {
        return NativeModuleIndex.has(name) ? ModuleSpec.builtin(name) : null;
    }

    /** The Java search of {@code sys.path} and packages' paths for module files. */
    PathSearch pathSearch() {
        return pathSearch;
    }

    // CPython: Lib/importlib/_bootstrap.py _load_unlocked, module_from_spec, _init_module_attrs
    PyObject load(ModuleSpec spec) {
        String name = spec.name();
        PyModule module;
        boolean bytecode = spec.origin() != null && !spec.isBuiltin()
                && PycPaths.isBytecode(spec.origin());
        if (bytecode) {
            // a .pyc standing alone is run by importlib's SourcelessFileLoader, as in CPython
            importlibBootstrap();
        }
        // once importlib runs, modules get its spec and loader, as its finders would make them
        PyObject pySpec = metaPath.importlibSpec(spec, null);
        if (spec.isBuiltin()) {
            module = createNative(name);
            if (pySpec == null) {
                // CPython: a built-in module's loader is BuiltinImporter, as its spec says
                module.put("__loader__", PyBuiltinImporter.TYPE);
            }
        } else {
            module = new PyModule(name);
            if (pySpec == null) {
                initModuleAttributes(module, spec);
            }
        }
        if (pySpec != null) {
            metaPath.initModuleAttributes(pySpec, module);
            if (spec.frozen() != null) {
                // CPython: FrozenImporter.create_module sets __file__ from loader_state
                FrozenModules.setFile(module, spec.frozen());
            }
            if (spec.origin() != null && module.getDict().getItem(PyStr.of("__cached__")) == null) {
                // importlib sets it only from spec.cached, which is None without a cache_tag
                // or for a file of another suffix
                module.put("__cached__", PyNone.NONE);
            }
        }
        PyStr key = PyStr.of(name);
        setInitializing(spec, pySpec, true);
        sysModules().setItem(key, module);
        try {
            if (bytecode) {
                Ops.callMethod(Attributes.getAttr(pySpec, "loader"), "exec_module", module);
            } else if (spec.frozen() != null) {
                execSource(module, spec.frozen().sourceFile().toString(),
                        spec.frozen().codeName());
            } else if (spec.origin() != null && !spec.isBuiltin()) {
                execSource(module, spec.origin());
            }
        } catch (PyException | Error e) {
            sysModules().delItem(key);
            throw e;
        } finally {
            setInitializing(spec, pySpec, false);
        }
        // A module may replace itself in sys.modules while it runs.
        PyObject result = sysModules().getItem(key);
        if (result == null) {
            throw PyExceptions.keyError(key);
        }
        return result;
    }

    // CPython: Lib/importlib/_bootstrap.py _load_unlocked marks the spec while the module runs
    private static void setInitializing(ModuleSpec spec, PyObject pySpec, boolean value) {
        spec.setInitializing(value);
        if (pySpec != null) {
            Attributes.setAttr(pySpec, "_initializing", PyBool.of(value));
        }
    }

    /**
     * A module's import attributes before importlib runs. Its {@code __loader__} is None until
     * then: a source loader is importlib's SourceFileLoader, which does not exist yet; importlib
     * gives every such module its loader when it starts ({@link MetaPath}).
     */
    private static void initModuleAttributes(PyModule module, ModuleSpec spec) {
        module.put("__name__", PyStr.of(spec.name()));
        module.put("__loader__", PyNone.NONE);
        module.put("__package__", PyStr.of(spec.parent()));
        module.put("__spec__", spec);
        if (spec.frozen() != null) {
            FrozenModules.setFile(module, spec.frozen());
            if (spec.searchLocations() != null) {
                module.put("__path__", spec.searchLocations());
            }
            return;
        }
        if (spec.origin() == null) {
            // CPython: a namespace package's __file__ is None, like its spec's origin
            module.put("__file__", PyNone.NONE);
        }
        if (spec.searchLocations() != null) {
            module.put("__path__", spec.searchLocations());
        }
        if (spec.origin() != null) {
            module.put("__file__", PyStr.of(spec.origin()));
            // where a .pyc of the source would be, as CPython's; Krait's import does not write
            // it (its parsed-module cache does that work, see PycPaths)
            module.put("__cached__", spec.cached());
        }
    }

    /** Parses, compiles and runs the source file {@code path} in {@code module}'s namespace. */
    public void execSource(PyModule module, String path) {
        execSource(module, path, path);
    }

    /**
     * Runs the source file {@code path} in {@code module}'s namespace as code named
     * {@code filename} (as CPython's frozen modules' code is named {@code <frozen NAME>}).
     */
    void execSource(PyModule module, String path, String filename) {
        PyCode code = compileFile(path, filename, interp);
        PyDict globals = module.getDict();
        if (globals.getItem(PyStr.of("__builtins__")) == null) {
            // importlib runs a module with exec(), which inserts the builtins dict
            globals.setItem(PyStr.of("__builtins__"), interp.builtins());
        }
        interp.exec(code, globals, globals);
    }

    /** Reads and compiles the source file {@code path} as code named {@code filename}. */
    public static PyCode compileFile(String path, String filename, Interpreter interp) {
        byte[] source;
        // java.io rather than Files.readAllBytes: at start-up each import reads a source and a
        // cache entry, and the NIO channel path ran twice as long there, cold
        try (java.io.FileInputStream in = new java.io.FileInputStream(path)) {
            source = in.readAllBytes();
        } catch (IOException e) {
            throw PyExceptions.of(PyExceptions.OSError, "could not read " + path + ": "
                    + e.getMessage());
        }
        return compileSource(source, filename, interp);
    }

    /**
     * Parses and compiles a module's source, turning front-end errors into Python ones and
     * showing compile-time SyntaxWarnings on {@code sys.stderr}.
     */
    public static PyCode compileSource(byte[] source, String filename, Interpreter interp) {
        ModuleCache cache = ModuleCache.process();
        ModuleCache.Parsed parsed;
        try {
            parsed = cache.lookup(source, filename, FrontEndErrors.warnings(interp));
        } catch (FrontEndError e) {
            throw FrontEndErrors.toPython(e);
        }
        boolean[] warned = {false};
        PyCode code;
        // imports compile at the interpreter's level, as CPython's (its opt-1 .pyc): -O drops
        // asserts and makes __debug__ False in imported modules too
        int optimize = interp.optimizeLevel();
        try {
            // an entry that says the tree passed the static checks without a warning lets the
            // compiler skip them: they depend on the tree alone (see ModuleCache.store), and the
            // checks at level 0 include those of every other level
            code = Compiler.compile(parsed.tree(), filename, Parser.Mode.EXEC, optimize, w -> {
                warned[0] = true;
                compileWarning(interp, filename, w);
            }, parsed.checked(), parsed.table());
        } catch (FrontEndError e) {
            throw FrontEndErrors.toPython(e);
        }
        if (!parsed.fromEntry() && ModuleCache.mayStore(dontWriteBytecode(interp), filename)) {
            // -O skips the checks of asserts (compile.c compiler_assert), so only a tree checked
            // at level 0 is recorded as passing them
            cache.store(source, filename, parsed.tree(), !warned[0] && optimize == 0);
        }
        return code;
    }

    /** {@code sys.dont_write_bytecode} ({@code -B}, {@code PYTHONDONTWRITEBYTECODE}). */
    private static boolean dontWriteBytecode(Interpreter interp) {
        PyObject flag = interp.sysAttribute("dont_write_bytecode");
        return flag != null && Ops.isTrue(flag);
    }

    /**
     * Issues a compiler's SyntaxWarning through the warnings filters; one the filters turn into
     * an error becomes a SyntaxError at the warning's place, which tells more.
     * CPython: Python/compile.c compiler_warn.
     */
    public static void compileWarning(Interpreter interp, String filename,
            dev.krait.symtable.StaticChecks.Warning w) {
        try {
            WarningsMachinery.warnExplicit(interp, PyExceptions.SyntaxWarning,
                    PyStr.of(w.message()), PyStr.of(filename), w.lineno(), null, null, null,
                    null);
        } catch (PyException e) {
            if (!e.matches(PyExceptions.SyntaxWarning)) {
                throw e;
            }
            throw FrontEndErrors.syntaxError(new PythonSyntaxError(
                    PythonSyntaxError.Type.SyntaxError, w.message(), filename, w.lineno(),
                    w.offset(), null, w.endLineno(), w.endOffset()));
        }
    }

    // ---- errors ------------------------------------------------------------------------------

    /** The name field of a ModuleNotFoundError (None to Python when unset). */
    private static PyObject missingModuleName(PyBaseException e) {
        PyObject v = e instanceof PyImportError ie ? ie.name : null;
        return v == null ? PyNone.NONE : v;
    }

    /** ImportError(msg, name=..., path=...). */
    public static PyException importError(String msg, PyObject name, PyObject path) {
        return PyImportError.of(PyExceptions.ImportError, msg,
                name == null ? PyNone.NONE : name, path == null ? PyNone.NONE : path).raise();
    }

    /** ModuleNotFoundError(msg, name=name). */
    public static PyException moduleNotFound(String msg, String name) {
        return PyImportError.of(PyExceptions.ModuleNotFoundError, msg, PyStr.of(name), null)
                .raise();
    }

    private static String moduleName(PyObject module) {
        PyObject n = Attributes.getAttr(module, "__name__");
        return n instanceof PyStr s ? s.value() : Ops.str(n).value();
    }
}
