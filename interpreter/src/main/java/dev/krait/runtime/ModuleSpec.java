package dev.krait.runtime;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.util.List;

/**
 * The {@code ModuleSpec} of a module the {@link Importer}'s Java fast path found: where the
 * module comes from — its name, its origin (the file, or "built-in"), and for packages the
 * directories searched for submodules — with the attributes importlib and programs read. Once
 * {@code importlib} runs, modules it finds get its own pure-Python {@code ModuleSpec}.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap.py {@code ModuleSpec}.
 */
public final class ModuleSpec extends PyObject {
    public static final PyType TYPE = PyType.builtin("ModuleSpec", ModuleSpec.class, null)
            .withModule("_frozen_importlib");

    private final boolean builtin;
    /** The frozen module this spec is of, or null. */
    private FrozenModules.Entry frozen;
    private boolean initializing;

    private ModuleSpec(String name, PyObject origin, PyObject locations, boolean builtin) {
        super(TYPE);
        this.builtin = builtin;
        PyDict d = new PyDict();
        d.setItem(PyStr.of("name"), PyStr.of(name));
        d.setItem(PyStr.of("loader"), PyNone.NONE);
        d.setItem(PyStr.of("origin"), origin);
        d.setItem(PyStr.of("loader_state"), PyNone.NONE);
        d.setItem(PyStr.of("submodule_search_locations"), locations);
        d.setItem(PyStr.of("cached"), PyNone.NONE);
        d.setItem(PyStr.of("has_location"), PyBool.of(
                !builtin && origin != PyNone.NONE));
        // importlib._bootstrap's own imports (importlib.import_module) track circular
        // submodule imports here, as its ModuleSpec.__init__ sets it up
        d.setItem(PyStr.of("_uninitialized_submodules"), new PyList());
        setDict(d);
    }

    static ModuleSpec builtin(String name) {
        ModuleSpec spec = new ModuleSpec(name, PyStr.of("built-in"), PyNone.NONE, true);
        spec.getDict().setItem(PyStr.of("loader"), PyBuiltinImporter.TYPE);
        return spec;
    }

    /** The spec of a file; {@code cached} is its {@code __cached__}, or null for None. */
    static ModuleSpec file(String name, String origin, List<String> locations, String cached) {
        ModuleSpec spec = new ModuleSpec(name, PyStr.of(origin), locations == null
                ? PyNone.NONE : strList(locations), false);
        if (cached != null) {
            spec.getDict().setItem(PyStr.of("cached"), PyStr.of(cached));
        }
        return spec;
    }

    /**
     * The spec of a frozen module before importlib runs: origin {@code 'frozen'}, no location;
     * a package searches its folder in the standard library ({@code pkgdir}, or none).
     * CPython: Lib/importlib/_bootstrap.py FrozenImporter.find_spec.
     */
    static ModuleSpec frozen(FrozenModules.Entry entry, String pkgdir) {
        ModuleSpec spec = new ModuleSpec(entry.name(), PyStr.of("frozen"),
                !entry.isPackage() ? PyNone.NONE
                : pkgdir == null ? new PyList() : strList(List.of(pkgdir)), false);
        spec.getDict().setItem(PyStr.of("has_location"), PyBool.FALSE);
        spec.frozen = entry;
        return spec;
    }

    static ModuleSpec namespace(String name, List<String> portions) {
        return new ModuleSpec(name, PyNone.NONE, new NamespacePath(strList(portions)),
                false);
    }

    private static PyList strList(List<String> items) {
        PyList l = new PyList();
        for (String s : items) {
            l.append(PyStr.of(s));
        }
        return l;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** The frozen module this spec is of, or null. */
    FrozenModules.Entry frozen() {
        return frozen;
    }

    public boolean initializing() {
        return initializing;
    }

    void setInitializing(boolean v) {
        initializing = v;
        getDict().setItem(PyStr.of("_initializing"), PyBool.of(v));
    }

    public String name() {
        return Ops.str(getDict().getItem(PyStr.of("name"))).value();
    }

    /** The file the module is loaded from, or null (built-in, frozen, namespace package). */
    public String origin() {
        PyObject o = getDict().getItem(PyStr.of("origin"));
        return builtin || frozen != null || !(o instanceof PyStr s) ? null : s.value();
    }

    /** {@code cached}: where the module's compiled form is (or would be) cached, or None. */
    public PyObject cached() {
        PyObject c = getDict().getItem(PyStr.of("cached"));
        return c == null ? PyNone.NONE : c;
    }

    /** {@code submodule_search_locations}, or null for a module that is no package. */
    public PyObject searchLocations() {
        PyObject l = getDict().getItem(PyStr.of("submodule_search_locations"));
        return l == PyNone.NONE ? null : l;
    }

    /** {@code parent}: the package name for a package, else the name without its tail. */
    @Exposed.Getter("parent")
    public String parent() {
        String n = name();
        if (searchLocations() != null) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        StringBuilder sb = new StringBuilder("ModuleSpec(name=");
        sb.append(Ops.repr(getDict().getItem(PyStr.of("name"))).value());
        sb.append(", loader=").append(Ops.repr(getDict().getItem(PyStr.of("loader")))
                .value());
        PyObject origin = getDict().getItem(PyStr.of("origin"));
        if (origin != PyNone.NONE) {
            sb.append(", origin=").append(Ops.repr(origin).value());
        }
        PyObject locations = getDict().getItem(PyStr.of("submodule_search_locations"));
        if (locations != PyNone.NONE) {
            sb.append(", submodule_search_locations=").append(Ops.repr(locations).value());
        }
        return sb.append(')').toString();
    }
}
