package dev.krait.modules.lsprof;

import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _lsprof} module: the {@link PyProfiler Profiler} type that {@code cProfile.Profile}
 * subclasses, and the two struct sequences its {@code getstats()} returns.
 *
 * <p>CPython counterpart: Modules/_lsprof.c {@code _lsprof_exec}.
 */
@NativeModule.Register("_lsprof")
public final class LsprofModule implements NativeModule {
    static final PyType PROFILER_ENTRY = PyStructSequence.newType("_lsprof", "profiler_entry",
            6, true, "code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls");
    static final PyType PROFILER_SUBENTRY = PyStructSequence.newType("_lsprof",
            "profiler_subentry", 5, true, "code", "callcount", "reccallcount", "totaltime",
            "inlinetime");

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_lsprof");
        m.put("__doc__", PyStr.of("Fast profiler"));
        m.put("Profiler", PyProfiler.TYPE);
        m.put("profiler_entry", PROFILER_ENTRY);
        m.put("profiler_subentry", PROFILER_SUBENTRY);
        return m;
    }
}
