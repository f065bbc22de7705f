package dev.krait.runtime;

import dev.krait.modules.sys.StdlibLocator;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules an installed CPython 3.11 has frozen into its binary, and which Krait serves the
 * same way: found by {@code FrozenImporter} (before the path is searched, so a local
 * {@code os.py} does not shadow {@code os}), with origin {@code 'frozen'}, a module repr
 * {@code <module 'os' (frozen)>}, {@code __file__} in the standard library but no
 * {@code __cached__}, and code named {@code <frozen os>} -- so tracebacks through them print
 * {@code File "<frozen os>", line 679, in __getitem__} without a source line, as CPython's do.
 * Krait compiles each from the standard library's source file (through the parsed-module
 * cache) where CPython unmarshals the code it froze from the same file.
 *
 * <p>As in CPython, the bootstrap group is always frozen, and the standard-library and test
 * groups unless {@code -X frozen_modules=off} (or the tests' override) turns them off; then
 * those modules come from their files. A module whose source the installed Lib lacks is not
 * frozen in Krait: {@code __hello_only__} (CPython freezes {@code Tools/freeze/flag.py}), and
 * where an install leaves {@code Lib/__phello__/ham/} out, {@code __phello__.ham} and
 * {@code __phello__.ham.eggs} (docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Python/frozen.c (the tables and aliases), Python/import.c
 * {@code look_up_frozen}, {@code find_frozen}, {@code use_frozen}.
 */
public final class FrozenModules {
    /** CPython's three tables: the bootstrap one is used even when frozen modules are off. */
    enum Group { BOOTSTRAP, STDLIB, TEST }

    /**
     * One frozen module: its name, the module whose source its code is ({@code codeModule}:
     * {@code posixpath} for {@code os.path}), the {@code origname} {@code _imp.find_frozen}
     * reports (Python/frozen.c's alias, else the name), and whether it is a package.
     */
    public record Entry(String name, String codeModule, String origname, boolean isPackage,
            Group group) {
        /** The code's file name, as CPython's freezing names it. */
        public String codeName() {
            return "<frozen " + codeModule + ">";
        }

        /**
         * {@code __file__} and, for a package found in its own folder, that folder (else
         * null), both null without a standard library: where CPython's FrozenImporter says
         * the module's file is, from {@code origname}.
         * CPython: Lib/importlib/_bootstrap.py FrozenImporter._resolve_filename.
         */
        public String[] fileAndPackageDir() {
            Path stdlib = StdlibLocator.find();
            if (stdlib == null) {
                return new String[2];
            }
            String file = origname;
            boolean pkg = isPackage;
            if (!origname.equals(name)) {
                if (origname.startsWith("<")) {
                    file = origname.substring(1) + (pkg ? "" : ".__init__");
                } else {
                    pkg = false;
                }
            }
            String rel = stdlib + "/" + file.replace('.', '/');
            return pkg ? new String[] {rel + "/__init__.py", rel}
                    : new String[] {rel + ".py", null};
        }

        /** The source file the code is compiled from, or null when it is missing. */
        public Path sourceFile() {
            Path stdlib = StdlibLocator.find();
            if (stdlib == null) {
                return null;
            }
            String rel = codeModule.replace('.', '/');
            Path file = stdlib.resolve(rel + ".py");
            if (Files.isRegularFile(file)) {
                return file;
            }
            Path init = stdlib.resolve(rel).resolve("__init__.py");
            return Files.isRegularFile(init) ? init : null;
        }
    }

    private static final Map<String, Entry> TABLE = new LinkedHashMap<>();

    private static void add(Group group, String name, String codeModule, boolean isPackage,
            String alias) {
        TABLE.put(name, new Entry(name, codeModule, alias != null ? alias : name, isPackage,
                group));
    }

    static {
        // CPython: Python/frozen.c bootstrap_modules, stdlib_modules, test_modules, aliases
        add(Group.BOOTSTRAP, "_frozen_importlib", "importlib._bootstrap", false,
                "importlib._bootstrap");
        add(Group.BOOTSTRAP, "_frozen_importlib_external", "importlib._bootstrap_external",
                false, "importlib._bootstrap_external");
        add(Group.BOOTSTRAP, "zipimport", "zipimport", false, null);
        for (String name : new String[] {"abc", "codecs", "io", "_collections_abc",
            "_sitebuiltins", "genericpath", "ntpath", "posixpath"}) {
            add(Group.STDLIB, name, name, false, null);
        }
        add(Group.STDLIB, "os.path", "posixpath", false, "posixpath");
        for (String name : new String[] {"os", "site", "stat", "importlib.util",
            "importlib.machinery", "runpy"}) {
            add(Group.STDLIB, name, name, false, null);
        }
        add(Group.TEST, "__hello__", "__hello__", false, null);
        add(Group.TEST, "__hello_alias__", "__hello__", false, "__hello__");
        add(Group.TEST, "__phello_alias__", "__hello__", true, "__hello__");
        add(Group.TEST, "__phello_alias__.spam", "__hello__", false, "__hello__");
        add(Group.TEST, "__phello__", "__phello__", true, null);
        add(Group.TEST, "__phello__.__init__", "__phello__", false, "<__phello__");
        add(Group.TEST, "__phello__.ham", "__phello__.ham", true, null);
        add(Group.TEST, "__phello__.ham.__init__", "__phello__.ham", false, "<__phello__.ham");
        add(Group.TEST, "__phello__.ham.eggs", "__phello__.ham.eggs", false, null);
        add(Group.TEST, "__phello__.spam", "__phello__.spam", false, null);
        add(Group.TEST, "__hello_only__", "__hello_only__", false, null);
    }

    /** Per interpreter: {@code _imp._override_frozen_modules_for_tests}'s value. */
    static final class State {
        int override;
    }

    private FrozenModules() {}

    /**
     * The frozen module {@code name} when the interpreter uses it, else null.
     * CPython: Python/import.c look_up_frozen.
     */
    public static Entry lookup(Interpreter interp, String name) {
        Entry e = TABLE.get(name);
        if (e == null || e.group() != Group.BOOTSTRAP && !enabled(interp)
                || e.sourceFile() == null) {
            return null;
        }
        return e;
    }

    /**
     * The spec of frozen module {@code name} when the interpreter uses frozen modules, else
     * null. CPython: Lib/importlib/_bootstrap.py FrozenImporter.find_spec, which comes before
     * PathFinder in sys.meta_path whatever the path.
     */
    static ModuleSpec spec(Interpreter interp, String name) {
        Entry entry = lookup(interp, name);
        if (entry == null) {
            return null;
        }
        String[] fileAndDir = entry.fileAndPackageDir();
        ModuleSpec spec = ModuleSpec.frozen(entry, fileAndDir[1]);
        // as FrozenImporter.find_spec sets it, which importlib's _setup checks for modules
        // imported before it ran (FrozenImporter._fix_up_module)
        PyObject implementation = interp.sysAttribute("implementation");
        if (implementation != null) {
            spec.getDict().setItem(PyStr.of("loader_state"), Ops.call(implementation.type(),
                    new PyObject[] {fileAndDir[0] == null ? PyNone.NONE : PyStr.of(fileAndDir[0]),
                        PyStr.of(entry.origname())}, new String[] {"filename", "origname"}));
        }
        return spec;
    }

    /** A frozen module's {@code __file__}, where FrozenImporter.create_module puts one. */
    static void setFile(PyModule module, Entry entry) {
        String file = entry.fileAndPackageDir()[0];
        if (file != null) {
            module.put("__file__", PyStr.of(file));
        }
    }

    /** The names {@code _imp._frozen_module_names()} lists, in CPython's order. */
    public static List<String> names(Interpreter interp) {
        boolean on = enabled(interp);
        List<String> out = new ArrayList<>();
        for (Entry e : TABLE.values()) {
            if ((on || e.group() == Group.BOOTSTRAP) && e.sourceFile() != null) {
                out.add(e.name());
            }
        }
        return out;
    }

    /** {@code _imp._override_frozen_modules_for_tests}: above 0 on, below 0 off, 0 as set. */
    public static void override(Interpreter interp, int value) {
        interp.state(State.class, State::new).override = value;
    }

    /**
     * Whether the standard-library and test groups are used: {@code -X frozen_modules=off}
     * turns them off, as in an installed CPython, where they are on by default.
     * CPython: Python/import.c use_frozen.
     */
    private static boolean enabled(Interpreter interp) {
        int override = interp.state(State.class, State::new).override;
        if (override != 0) {
            return override > 0;
        }
        PyObject options = interp.sysAttribute("_xoptions");
        if (options instanceof PyDict d) {
            PyObject value = d.getItem(PyStr.of("frozen_modules"));
            return !(value instanceof PyStr s && s.value().equals("off"));
        }
        return true;
    }
}
