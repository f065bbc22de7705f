package dev.krait.runtime;

import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * One Python interpreter: everything a running program can change — {@code sys.modules}, the
 * {@code builtins} and {@code sys} modules, the recursion limit — lives in an instance, so
 * several interpreters can run in one JVM without seeing each other (CPython's test runner,
 * threads and embedding programs need this). Immutable things (type objects, small ints) are
 * shared by all.
 *
 * <p>CPython counterpart: Include/internal/pycore_interp.h {@code PyInterpreterState} and
 * Python/pylifecycle.c.
 */
public final class Interpreter {
    private volatile int recursionLimit = 1000;
    private final PyDict modules = new PyDict();
    private final PyModule builtinsModule;
    private final PyDict builtins;

    public Interpreter() {
        this.builtinsModule = new PyModule("builtins");
        this.builtins = builtinsModule.getDict();
        modules.setItem(PyStr.of("builtins"), builtinsModule);
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    public PyModule builtinsModule() {
        return builtinsModule;
    }

    /** The builtins namespace that module globals get as {@code __builtins__}. */
    public PyDict builtins() {
        return builtins;
    }

    /**
     * Runs module-level code (a module body, or {@code exec}) in {@code globals}, with
     * {@code locals} as its names mapping (the globals themselves for a module), on the current
     * thread, which must be attached to this interpreter.
     */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        if (globals.getItem(PyStr.of("__builtins__")) == null) {
            globals.setItem(PyStr.of("__builtins__"), builtinsModule);
        }
        PyFrame frame = new PyFrame(code, globals, builtins, locals, null,
                code.varnames.length, null);
        return code.invoker().runBody(frame);
    }
}
