package dev.krait.modules.zoneinfo;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code _zoneinfo} module, whose one member is the {@code ZoneInfo} type. Its base,
 * {@code datetime.tzinfo}, is whatever the {@code datetime} module provides (the pure-Python
 * class or a native one), so the type is made when the module is, once per interpreter, and
 * everything it does with datetimes goes through attribute lookups and calls.
 *
 * <p>CPython counterpart: Modules/_zoneinfo.c {@code zoneinfomodule_exec} and the module
 * state (the timedelta cache, the weak cache, the strong LRU cache).
 */
@NativeModule.Register("_zoneinfo")
public final class ZoneInfoModule implements NativeModule {
    /** How many zones the base type's strong cache keeps alive. */
    static final int STRONG_CACHE_SIZE = 8;

    /**
     * The per-interpreter state: modules and types used, and the caches. The zoneinfo
     * package's modules are imported on first use, not when the module is made: importing
     * {@code zoneinfo._common} runs {@code zoneinfo/__init__.py}, which imports this module.
     */
    static final class State {
        private final Interpreter interpreter;
        final PyObject timedelta;
        final PyObject datetime;
        final PyType type;
        private PyObject common;
        private PyObject findTzfile;
        private PyObject weakref;
        private PyObject weakCache;
        /** The strong LRU cache of the base type (access-ordered: eldest first). */
        final LinkedHashMap<PyObject, PyObject> strongCache = new LinkedHashMap<>(16, 0.75f,
                true);
        private final Map<Long, PyObject> timedeltas = new HashMap<>();

        State(Interpreter interpreter, PyObject datetimeModule) {
            this.interpreter = interpreter;
            timedelta = Attributes.getAttr(datetimeModule, "timedelta");
            datetime = Attributes.getAttr(datetimeModule, "datetime");
            PyType tzinfo = (PyType) Attributes.getAttr(datetimeModule, "tzinfo");
            type = PyType.builtin("ZoneInfo", PyZoneInfo.class, tzinfo).withModule("zoneinfo");
        }

        synchronized PyObject common() {
            if (common == null) {
                common = interpreter.importer().importModule("zoneinfo._common");
            }
            return common;
        }

        /** {@code zoneinfo._tzpath.find_tzfile}, taken once as CPython's module does. */
        synchronized PyObject findTzfile() {
            if (findTzfile == null) {
                findTzfile = Attributes.getAttr(
                        interpreter.importer().importModule("zoneinfo._tzpath"), "find_tzfile");
            }
            return findTzfile;
        }

        /** The base type's weak cache, CPython's {@code ZONEINFO_WEAK_CACHE}. */
        synchronized PyObject weakCache() {
            if (weakCache == null) {
                weakCache = newWeakCache();
            }
            return weakCache;
        }

        synchronized PyObject newWeakCache() {
            if (weakref == null) {
                weakref = interpreter.importer().importModule("weakref");
            }
            return Ops.callMethod(weakref, "WeakValueDictionary");
        }

    /** A timedelta of {@code seconds}, made once per value. */
        // CPython: Modules/_zoneinfo.c load_timedelta
        synchronized PyObject timedelta(long seconds) {
            PyObject td = timedeltas.get(seconds);
            if (td == null) {
                td = Ops.call(timedelta, new PyObject[] {PyInt.of(0), PyInt.of(seconds)}, null);
                timedeltas.put(seconds, td);
            }
            return td;
        }

        TtInfo ttinfo(long utcoff, long dstoff, PyObject tzname) {
            return new TtInfo(utcoff, timedelta(utcoff), timedelta(dstoff), tzname);
        }
    }

    static State state() {
        return ThreadState.current().interpreter.state(State.class, () -> {
            throw new IllegalStateException("_zoneinfo used before it was imported");
        });
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_zoneinfo");
        // import datetime before entering the state table: the import may run Python code
        PyObject datetimeModule = interpreter.importer().importModule("datetime");
        State st = interpreter.state(State.class, () -> new State(interpreter, datetimeModule));
        m.put("ZoneInfo", st.type);
        return m;
    }

    /** Evicts the eldest entries beyond the cache's size. */
    static void trimStrongCache(State st) {
        var it = st.strongCache.entrySet().iterator();
        int excess = st.strongCache.size() - STRONG_CACHE_SIZE;
        while (excess-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }
}
