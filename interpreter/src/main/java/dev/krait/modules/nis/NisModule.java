package dev.krait.modules.nis;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code nis} module: {@code match}, {@code cat}, {@code maps} and
 * {@code get_default_domain} over the NIS client of the system's libnsl (see {@link Libnsl}),
 * and {@code nis.error}, which carries libnsl's own message for each failure. Without libnsl
 * the module is missing, as CPython's is when built without it.
 *
 * <p>CPython counterpart: Modules/nismodule.c.
 */
@NativeModule.Register("nis")
public final class NisModule implements NativeModule {
    /**
     * The short names of the common maps, with the map each stands for and whether that map's
     * keys and values count their terminating NUL (a map made with {@code makedbm -a}).
     */
    // CPython: Modules/nismodule.c aliases
    private static final String[][] ALIASES = {
        {"passwd", "passwd.byname"}, {"group", "group.byname"},
        {"networks", "networks.byaddr"}, {"hosts", "hosts.byname"},
        {"protocols", "protocols.bynumber"}, {"services", "services.byname"},
        {"aliases", "mail.aliases"}, {"ethers", "ethers.byname"},
    };
    private static final String NUL_COUNTED_MAP = "mail.aliases";

    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            // CPython: PyErr_NewException("nis.error", NULL, NULL)
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("nis"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("error"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        if (!Libnsl.Library.AVAILABLE) {
            // As a CPython built without libnsl has no nis extension at all.
            throw Importer.moduleNotFound("No module named 'nis'", "nis");
        }
        // CPython: Modules/nismodule.c PyInit_nis warns as audioop does (see there for the
        // stack level).
        PyFrame f = ThreadState.current().frame;
        boolean inBootstrap = f != null && f.code.filename.contains("importlib")
                && f.code.filename.contains("_bootstrap");
        WarningsMachinery.warn(PyStr.of("'nis' is deprecated and slated for removal in "
                + "Python 3.13"), PyExceptions.DeprecationWarning, inBootstrap ? 7 : 1, null);
        PyModule m = new PyModule("nis");
        m.put("__doc__", PyStr.of("This module contains functions for accessing NIS maps.\n"));
        ModuleBuilder.addFunctions(m, NisModule.class);
        m.put("error", interpreter.state(State.class, State::new).error);
        return m;
    }

    // CPython: Modules/nismodule.c nis_get_default_domain
    @Exposed(value = "get_default_domain($module, /)", doc = "get_default_domain() -> str\n"
            + "Corresponds to the C library yp_get_default_domain() call, returning\nthe "
            + "default NIS domain.\n")
    public static PyObject get_default_domain() {
        byte[] domain = call(Libnsl::defaultDomain);
        return StrCodecs.decode(domain, 0, domain.length, StrCodecs.Codec.UTF8, "strict");
    }

    // CPython: Modules/nismodule.c nis_match
    @Exposed(value = "match($module, /, key, map, domain=<unrepresentable>)",
            doc = "match(key, map, domain = defaultdomain)\nCorresponds to the C library "
                    + "yp_match() call, returning the value of\nkey in the given map. "
                    + "Optionally domain can be specified but it\ndefaults to the system "
                    + "default domain.\n")
    public static PyObject match(PyObject key, PyObject map, PyObject domain) {
        if (!(key instanceof PyStr k)) {
            throw argumentError("match", 1, key);
        }
        byte[] mapName = cString("match", 2, map);
        byte[] dom = domain == null ? null : cString("match", 3, domain);
        // The key is a file system name's bytes, and may hold NULs (its length is passed).
        byte[] keyBytes = StrCodecs.encode(k, StrCodecs.Codec.UTF8, "surrogateescape");
        if (dom == null) {
            dom = call(Libnsl::defaultDomain);
        }
        String resolved = mapName(mapName);
        boolean nulCounted = resolved.equals(NUL_COUNTED_MAP);
        byte[] realMap = resolved.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] d = dom;
        byte[] value = call(() -> Gil.allowThreads(() -> Libnsl.match(d, realMap, keyBytes,
                keyBytes.length + (nulCounted ? 1 : 0))));
        int n = nulCounted ? value.length - 1 : value.length;
        return StrCodecs.decode(value, 0, Math.max(n, 0), StrCodecs.Codec.UTF8,
                "surrogateescape");
    }

    // CPython: Modules/nismodule.c nis_cat
    @Exposed(value = "cat($module, /, map, domain=<unrepresentable>)",
            doc = "cat(map, domain = defaultdomain)\nReturns the entire map as a dictionary. "
                    + "Optionally domain can be\nspecified but it defaults to the system "
                    + "default domain.\n")
    public static PyObject cat(PyObject map, PyObject domain) {
        byte[] mapName = cString("cat", 1, map);
        byte[] dom = domain == null ? call(Libnsl::defaultDomain) : cString("cat", 2, domain);
        String resolved = mapName(mapName);
        boolean nulCounted = resolved.equals(NUL_COUNTED_MAP);
        byte[] realMap = resolved.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<byte[]> entries = call(() -> Gil.allowThreads(() -> Libnsl.all(dom, realMap)));
        PyDict result = new PyDict();
        for (int i = 0; i < entries.size(); i += 2) {
            result.setItem(entryText(entries.get(i), nulCounted),
                    entryText(entries.get(i + 1), nulCounted));
        }
        return result;
    }

    // CPython: Modules/nismodule.c nis_maps
    @Exposed(value = "maps($module, /, domain=<unrepresentable>)",
            doc = "maps(domain = defaultdomain)\nReturns an array of all available NIS maps "
                    + "within a domain. If domain\nis not specified it defaults to the system "
                    + "default domain.\n")
    public static PyObject maps(PyObject domain) {
        byte[] dom = domain == null ? call(Libnsl::defaultDomain) : cString("maps", 1, domain);
        List<byte[]> known = new ArrayList<>();
        for (String[] alias : ALIASES) {
            known.add(alias[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<byte[]> names = call(() -> Gil.allowThreads(() -> Libnsl.maps(dom, known)));
        if (names == null) {
            // CPython's nis_maplist answers NULL without an exception when the remote call
            // fails or the server refuses.
            throw PyExceptions.systemError("<built-in function maps> returned NULL without "
                    + "setting an exception");
        }
        List<PyObject> out = new ArrayList<>(names.size());
        for (byte[] name : names) {
            out.add(StrCodecs.decode(name, 0, name.length, StrCodecs.Codec.UTF8, "strict"));
        }
        return new PyList(out);
    }

    /** The map a short name stands for (or the name itself). */
    // CPython: Modules/nismodule.c nis_mapname
    private static String mapName(byte[] map) {
        String name = new String(map, java.nio.charset.StandardCharsets.UTF_8);
        for (String[] alias : ALIASES) {
            if (alias[0].equals(name) || alias[1].equals(name)) {
                return alias[1];
            }
        }
        return name;
    }

    /** One key or value of a map, without the NUL a {@code makedbm -a} map counts. */
    private static PyObject entryText(byte[] b, boolean nulCounted) {
        int n = b.length;
        if (nulCounted && n > 0 && b[n - 1] == 0) {
            n--;
        }
        return StrCodecs.decode(b, 0, n, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    /** The {@code "s"} conversion: a str's UTF-8, without NUL characters. */
    // CPython: Python/getargs.c convertsimple, format unit "s"
    private static byte[] cString(String fn, int position, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw argumentError(fn, position, o);
        }
        return CArgs.cStringBytes(s);
    }

    private static PyException argumentError(String fn, int position, PyObject o) {
        return PyExceptions.typeError(fn + "() argument " + position + " must be str, not "
                + (o == PyNone.NONE ? "None" : o.type().getName()));
    }

    /** Runs a NIS call; its failure raises nis.error with libnsl's message. */
    // CPython: Modules/nismodule.c nis_error
    private static <T> T call(java.util.function.Supplier<T> c) {
        try {
            return c.get();
        } catch (Libnsl.Failure f) {
            byte[] text = f.text != null ? f.text : Libnsl.errorString(f.code);
            PyType type = ThreadState.current().interpreter.state(State.class, State::new).error;
            PyObject e = Ops.call(type,
                    StrCodecs.decode(text, 0, text.length, StrCodecs.Codec.UTF8, "strict"));
            throw ((PyBaseException) e).raise();
        }
    }
}
