package dev.krait.modules.operator;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _operator} module.
 *
 * <p>CPython counterpart: Modules/_operator.c {@code operator_exec}.
 */
@NativeModule.Register("_operator")
public final class OperatorModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_operator");
        m.put("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions "
                + "implemented in C corresponding\nto the intrinsic operators of Python.  For "
                + "example, operator.add(x, y)\nis equivalent to the expression x+y.  The "
                + "function names are those\nused for special methods; variants without "
                + "leading and trailing\n'__' are also provided for convenience."));
        ModuleBuilder.addFunctions(m, ArithmeticFunctions.class);
        ModuleBuilder.addFunctions(m, SequenceFunctions.class);
        for (PyType t : new PyType[] {PyItemGetter.TYPE, PyAttrGetter.TYPE,
                PyMethodCaller.TYPE}) {
            m.put(t.getName(), t);
        }
        return m;
    }
}
