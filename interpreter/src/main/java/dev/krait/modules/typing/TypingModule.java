package dev.krait.modules.typing;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _typing} module. {@code typing.NewType} instances call {@code _idfunc} as their
 * {@code __call__} when it exists, so that {@code UserId(5)} is one builtin call rather than a
 * Python frame; without it {@code typing} falls back to a lambda that does the same.
 *
 * <p>CPython counterpart: Modules/_typingmodule.c.
 */
@NativeModule.Register("_typing")
public final class TypingModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_typing");
        m.put("__doc__", PyStr.of("Accelerators for the typing module.\n"));
        ModuleBuilder.addFunctions(m, TypingModule.class);
        return m;
    }

    // CPython: Modules/_typingmodule.c _typing__idfunc
    @Exposed("_idfunc($module, x, /)")
    public static PyObject _idfunc(PyObject x) {
        return x;
    }
}
