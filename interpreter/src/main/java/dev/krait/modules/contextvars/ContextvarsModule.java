package dev.krait.modules.contextvars;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _contextvars} module, which {@code contextvars} re-exports.
 *
 * <p>CPython counterpart: Modules/_contextvarsmodule.c.
 */
@NativeModule.Register("_contextvars")
public final class ContextvarsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_contextvars");
        m.put("Context", PyContext.TYPE);
        m.put("ContextVar", PyContextVar.TYPE);
        m.put("Token", PyContextToken.TYPE);
        PyContextToken.TYPE.setTypeAttribute("MISSING", PyContextToken.MISSING);
        ModuleBuilder.addFunctions(m, ContextvarsModule.class);
        return m;
    }

    // CPython: Python/context.c PyContext_CopyCurrent
    @Exposed(value = "copy_context($module, /)", doc = "")
    public static PyObject copy_context() {
        return PyContext.current().copy();
    }
}
