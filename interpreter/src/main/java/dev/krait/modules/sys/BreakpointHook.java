package dev.krait.modules.sys;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;

/**
 * {@code sys.breakpointhook} (and {@code sys.__breakpointhook__}), the default hook of
 * {@code breakpoint()}: it imports the callable {@code PYTHONBREAKPOINT} names (by default
 * {@code pdb.set_trace}) and calls it; {@code PYTHONBREAKPOINT=0} disables it, and a name that
 * cannot be imported is ignored with a RuntimeWarning, as in CPython (PEP 553).
 *
 * <p>CPython counterpart: Python/sysmodule.c {@code sys_breakpointhook}.
 */
public final class BreakpointHook {
    private BreakpointHook() {}

    @Exposed(value = "breakpointhook($module, *args, **kws)",
            doc = "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in "
                    + "breakpoint().\n", signature = Exposed.Signature.HIDDEN)
    public static PyObject breakpointhook(PyObject[] args, String[] kwnames) {
        Interpreter interp = ThreadState.current().interpreter;
        String envar = ignoreEnvironment(interp) ? null
                // the live C environment: os.environ changes reach it through putenv
                : dev.krait.modules.posix.ProcessCalls.getenv("PYTHONBREAKPOINT");
        if (envar == null || envar.isEmpty()) {
            envar = "pdb.set_trace";
        } else if (envar.equals("0")) {
            return PyNone.NONE;
        }
        int lastDot = envar.lastIndexOf('.');
        String modulePath;
        String attrName;
        if (lastDot < 0) {
            modulePath = "builtins";
            attrName = envar;
        } else if (lastDot > 0) {
            modulePath = envar.substring(0, lastDot);
            attrName = envar.substring(lastDot + 1);
        } else {
            return unimportable(envar);
        }
        PyObject module;
        try {
            // an empty fromlist: "a.b.f" imports a.b but looks f up on a, as CPython does
            module = interp.importer().importName(PyStr.of(modulePath), null, new PyList(), 0);
        } catch (PyException e) {
            if (e.matches(PyExceptions.ImportError)) {
                return unimportable(envar);
            }
            throw e;
        }
        PyObject hook;
        try {
            hook = Attributes.getAttr(module, attrName);
        } catch (PyException e) {
            return unimportable(envar);
        }
        return Ops.call(hook, args, kwnames);
    }

    private static PyObject unimportable(String envar) {
        // CPython: PyErr_WarnFormat(PyExc_RuntimeWarning, 0, ...)
        WarningsMachinery.warn(PyStr.of("Ignoring unimportable $PYTHONBREAKPOINT: \"" + envar
                + "\""), PyExceptions.RuntimeWarning, 0, null);
        return PyNone.NONE;
    }

    private static boolean ignoreEnvironment(Interpreter interp) {
        PyObject flags = interp.sysAttribute("flags");
        PyObject ignore = flags == null ? null
                : Attributes.lookupAttrOrNull(flags, "ignore_environment");
        return ignore instanceof PyInt i && i.isSmall() && i.longValue() != 0;
    }
}
