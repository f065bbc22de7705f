package dev.krait.modules.builtins;

import dev.krait.nodes.ClassBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.runtime.ThreadState;

/**
 * The builtins through which the language calls back into replaceable machinery:
 * {@code __build_class__} (what a {@code class} statement runs) and {@code breakpoint} (which
 * calls whatever {@code sys.breakpointhook} is now).
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code builtin___build_class__},
 * {@code builtin_breakpoint}.
 */
public final class HookFunctions {
    private HookFunctions() {}

    @Exposed(value = "__build_class__($module, func, name, /, *bases, **kwds)",
            doc = "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
                    + "Internal helper function used by the class statement.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __build_class__(PyObject[] args, String[] kwnames) {
        return ClassBuilder.buildClass(args, kwnames);
    }

    @Exposed(value = "breakpoint($module, *args, **kws)",
            doc = "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  "
                    + "sys.breakpointhook() must accept\nwhatever arguments are passed.\n\n"
                    + "By default, this drops you into the pdb debugger.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject breakpoint(PyObject[] args, String[] kwnames) {
        PyObject hook = ThreadState.current().interpreter.sysAttribute("breakpointhook");
        if (hook == null) {
            throw PyExceptions.runtimeError("lost sys.breakpointhook");
        }
        return Ops.call(hook, args, kwnames);
    }
}
