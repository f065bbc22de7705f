package dev.krait.modules.atexit;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Errors;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code atexit} module: {@code register}, {@code unregister} and the private helpers
 * CPython's tests use. The callbacks belong to the interpreter (its module object holds them,
 * and the interpreter's exit hook runs them, last registered first, as the program ends: see
 * {@code MainRunner}); an exception in one is reported as unraisable and the others still run.
 *
 * <p>CPython counterpart: Modules/atexitmodule.c.
 */
@NativeModule.Register("atexit")
public final class AtexitModule implements NativeModule {

    /** One registered call: the function, its positional and keyword arguments. */
    private record Callback(PyObject func, PyObject[] args, String[] kwnames) {}

    /** The module object, holding this interpreter's callbacks (null: unregistered). */
    static final class ModuleObject extends PyModule {
        private final List<Callback> callbacks = new ArrayList<>();

        ModuleObject() {
            super(PyModule.TYPE, "atexit");
        }

        // CPython: Modules/atexitmodule.c atexit_callfuncs -- callbacks added while these run
        // are not run, and all are dropped afterwards.
        void runAll() {
            int n;
            synchronized (this) {
                n = callbacks.size();
            }
            for (int i = n - 1; i >= 0; i--) {
                Callback cb;
                synchronized (this) {
                    // an earlier callback may have unregistered this one
                    cb = i < callbacks.size() ? callbacks.get(i) : null;
                }
                if (cb == null) {
                    continue;
                }
                try {
                    Ops.call(cb.func(), cb.args(), cb.kwnames());
                } catch (PyException e) {
                    Errors.writeUnraisable("in atexit callback", cb.func(), e.value);
                }
            }
            synchronized (this) {
                callbacks.clear();
            }
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        ModuleObject m = new ModuleObject();
        m.put("__doc__", PyStr.of("allow programmer to define multiple exit functions to be "
                + "executed\nupon normal program termination.\n\nTwo public functions, register "
                + "and unregister, are defined.\n"));
        ModuleBuilder.addFunctions(m, AtexitModule.class);
        interpreter.addExitHook(m::runAll);
        return m;
    }

    private static ModuleObject state() {
        PyObject m = ThreadState.current().interpreter.modules().getItem(PyStr.of("atexit"));
        if (m instanceof ModuleObject mo) {
            return mo;
        }
        throw PyExceptions.of(PyExceptions.SystemError, "atexit module state is missing");
    }

    // CPython: Modules/atexitmodule.c atexit_register
    @Exposed(value = "register($module, func, /, *args, **kwargs)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject register(PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        if (args.length - nk < 1) {
            throw PyExceptions.typeError("register() takes at least 1 argument (0 given)");
        }
        PyObject func = args[0];
        if (!Ops.isCallable(func)) {
            throw PyExceptions.typeError("the first argument must be callable");
        }
        ModuleObject m = state();
        synchronized (m) {
            m.callbacks.add(new Callback(func, Arrays.copyOfRange(args, 1, args.length),
                    kwnames));
        }
        return func;
    }

    // CPython: Modules/atexitmodule.c atexit_unregister
    @Exposed(value = "unregister($module, func, /)", signature = Exposed.Signature.HIDDEN)
    public static void unregister(PyObject func) {
        ModuleObject m = state();
        List<Callback> snapshot;
        synchronized (m) {
            snapshot = new ArrayList<>(m.callbacks);
        }
        // CPython empties the slot (which _ncallbacks still counts) rather than removing it.
        for (int i = 0; i < snapshot.size(); i++) {
            Callback cb = snapshot.get(i);
            if (cb != null && (cb.func() == func || Ops.isTrue(Ops.richCompare(cb.func(), func,
                    dev.krait.objects.CompareOp.EQ)))) {
                synchronized (m) {
                    if (i < m.callbacks.size() && m.callbacks.get(i) == cb) {
                        m.callbacks.set(i, null);
                    }
                }
            }
        }
    }

    @Exposed(value = "_run_exitfuncs($module, /)", signature = Exposed.Signature.HIDDEN)
    public static void _run_exitfuncs() {
        state().runAll();
    }

    @Exposed(value = "_clear($module, /)", signature = Exposed.Signature.HIDDEN)
    public static void _clear() {
        ModuleObject m = state();
        synchronized (m) {
            m.callbacks.clear();
        }
    }

    @Exposed(value = "_ncallbacks($module, /)", signature = Exposed.Signature.HIDDEN)
    public static long _ncallbacks() {
        ModuleObject m = state();
        synchronized (m) {
            return m.callbacks.size();
        }
    }
}
