package dev.krait.objects;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What leaves a builtin when its Java code fails: a JDK exception (a Krait bug) becomes
 * CPython's SystemError at the call, so that Python code around it (an except clause, a with
 * statement's __exit__) sees it; a Python exception and Krait's own signal exceptions pass
 * through unchanged.
 */
class BuiltinCallBoundaryTest {
    /** Stands for a builtin with a bug. */
    @Exposed("broken($module, x, /)")
    public static PyObject broken(PyObject x) {
        return java.util.List.<PyObject>of().get(0);
    }

    /** A builtin raising a Python exception. */
    @Exposed("raising($module, x, /)")
    public static PyObject raising(PyObject x) {
        throw PyExceptions.valueError("bad value");
    }

    /** A builtin whose failure is one of Krait's signals between Java parts. */
    @Exposed("signalling($module, x, /)")
    public static PyObject signalling(PyObject x) {
        throw new dev.krait.text.TextFormatError("ValueError", "signal");
    }

    private static PyObject call(String name) {
        ExposedTable table = ExposedTable.of(BuiltinCallBoundaryTest.class);
        MethodBinder b = MethodBinder.of(table, table.member(name, ExposedTable.Role.METHOD),
                null, name, false);
        return b.call(null, new PyObject[] {PyNone.NONE}, null);
    }

    @Test
    void aJdkExceptionBecomesSystemError() {
        PyException e = assertThrows(PyException.class, () -> call("broken"));
        assertTrue(e.matches(PyExceptions.SystemError));
        String message = Ops.str(e.value).value();
        assertTrue(message.startsWith("internal error in Krait: java.lang.")
                && message.contains("IndexOutOfBoundsException"), message);
    }

    @Test
    void aPythonExceptionPassesThrough() {
        PyException e = assertThrows(PyException.class, () -> call("raising"));
        assertSame(PyExceptions.ValueError, e.value.type());
    }

    @Test
    void kraitSignalsPassThrough() {
        assertThrows(dev.krait.text.TextFormatError.class, () -> call("signalling"));
    }
}
