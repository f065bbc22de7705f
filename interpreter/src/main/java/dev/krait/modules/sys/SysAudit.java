package dev.krait.modules.sys;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Audit;
import java.util.Arrays;

/**
 * {@code sys.audit} and {@code sys.addaudithook} (PEP 578): the interpreter's audit hooks,
 * called with each event that Python code raises through {@code sys.audit} (os.walk,
 * shutil and others do). The hooks and the events the runtime raises itself are
 * {@link Audit}'s.
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code sys_audit}, {@code sys_addaudithook},
 * {@code _PySys_Audit}.
 */
public final class SysAudit {
    private SysAudit() {}

    // CPython: Python/sysmodule.c sys_audit
    @Exposed(value = "audit($module, event, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static void audit(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("audit() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyExceptions.typeError("audit() missing 1 required positional argument: "
                    + "'event'");
        }
        if (!Audit.active()) {
            return;
        }
        if (!(args[0] instanceof PyStr event)) {
            throw PyExceptions.typeError("expected str for argument 'event', not "
                    + args[0].type().getName());
        }
        Audit.audit(event.value(), new PyTuple(Arrays.copyOfRange(args, 1, args.length)));
    }

    // CPython: Python/sysmodule.c sys_addaudithook_impl -- existing hooks may veto
    @Exposed("addaudithook($module, /, hook)")
    public static void addaudithook(PyObject hook) {
        try {
            Audit.audit("sys.addaudithook");
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(PyExceptions.Exception)) {
                return;
            }
            throw e;
        }
        Audit.addHook(hook);
    }
}
