package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The interpreter's audit hooks (PEP 578) and the one way to raise an audit event: {@code
 * sys.audit} from Python, and the events the runtime and native modules raise themselves
 * ({@code open}, {@code marshal.dumps}, {@code object.__setattr__} on a class...). The hooks
 * belong to the interpreter ({@link Interpreter#state}); an event costs one list check while
 * none is installed.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code sys_audit_tstate}, {@code PySys_Audit}.
 */
public final class Audit {
    private Audit() {}

    /** One interpreter's audit hooks, in the order added. */
    private static final class Hooks {
        final List<PyObject> hooks = new CopyOnWriteArrayList<>();
    }

    private static List<PyObject> hooks() {
        return ThreadState.current().interpreter.state(Hooks.class, Hooks::new).hooks;
    }

    /** Whether any hook is installed: callers skip building an event's arguments otherwise. */
    public static boolean active() {
        return !hooks().isEmpty();
    }

    /** Adds {@code hook} after those installed (sys.addaudithook, once no hook vetoed it). */
    public static void addHook(PyObject hook) {
        hooks().add(hook);
    }

    /**
     * Calls each hook with {@code event} and the tuple of {@code args}; a hook's exception
     * propagates and stops the rest. The hooks run with tracing off, unless a hook's own
     * {@code __cantrace__} is true, so that a debugger's trace function does not see them.
     */
    public static void audit(String event, PyObject... args) {
        auditTuple(event, null, args);
    }

    /** {@link #audit} with the arguments already a tuple ({@code sys.audit}'s). */
    public static void audit(String event, PyTuple args) {
        auditTuple(event, args, null);
    }

    private static void auditTuple(String event, PyTuple tuple, PyObject[] args) {
        List<PyObject> all = hooks();
        if (all.isEmpty()) {
            return;
        }
        PyStr name = PyStr.of(event);
        PyTuple eventArgs = tuple != null ? tuple : new PyTuple(args.clone());
        ThreadState ts = ThreadState.current();
        boolean saved = ts.inTraceFunction;
        ts.inTraceFunction = true;
        try {
            for (PyObject hook : all) {
                PyObject flag = Attributes.lookupAttrOrNull(hook, "__cantrace__");
                boolean canTrace = flag != null && Ops.isTrue(flag);
                ts.inTraceFunction = !canTrace || saved;
                Ops.call(hook, name, eventArgs);
                ts.inTraceFunction = true;
            }
        } finally {
            ts.inTraceFunction = saved;
        }
    }
}
