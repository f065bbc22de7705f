package dev.krait.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Function bodies are compiled on first use (PyCode.setPendingBody): what a code object shows
 * must not depend on what first needed its body, and the compile-time errors inside a function
 * nobody calls must still come from {@code compile}.
 */
class LazyFunctionBodyTest {
    private static final String SOURCE = """
            def outer(a, b=2):
                "doc"
                total = a + b
                def inner(x):
                    return x * total + len("abc")
                return [inner(i) for i in range(3)], lambda y: y - a, 1.5, b"x"
            """;

    private static PyCode compile(String source) {
        return Compiler.compile(Parser.parse(source, "<test>", Parser.Mode.EXEC), "<test>",
                Parser.Mode.EXEC);
    }

    private static PyCode function(PyCode module, String name) {
        for (PyObject c : ((PyTuple) module.co_consts()).items()) {
            if (c instanceof PyCode code && code.name.equals(name)) {
                return code;
            }
        }
        throw new AssertionError("no code object " + name);
    }

    /** The code object's contents that come from compiling its body, nested ones included. */
    private static List<String> contents(PyCode code) {
        List<String> out = new ArrayList<>();
        out.add(code.name + " stack " + code.co_stacksize() + " names "
                + List.of(((PyTuple) code.co_names()).items()).size() + " positions "
                + ((dev.krait.objects.PyBytes) code.co_code()).array().length);
        for (PyObject c : ((PyTuple) code.co_consts()).items()) {
            out.addAll(c instanceof PyCode nested ? contents(nested)
                    : List.of(c.getClass().getSimpleName() + (c instanceof
                            dev.krait.objects.PyStr s ? " " + s.value() : "")));
        }
        return out;
    }

    @Test
    void bodyBuiltOnFirstCallEqualsBodyBuiltForItsConstants() {
        PyCode first = function(compile(SOURCE), "outer");
        first.invoker();
        PyCode second = function(compile(SOURCE), "outer");
        assertEquals(contents(first), contents(second));
        assertTrue(contents(second).contains("PyStr doc"), contents(second).toString());
    }

    @Test
    void errorsInsideUncalledFunctionsAreRaisedByCompile() {
        for (String source : List.of(
                "def f():\n    def g():\n        nonlocal q\n",
                "def f():\n    return\n    break\n",
                "def f():\n    x = 1\n    global x\n",
                "def f():\n    def g():\n        await x\n")) {
            assertThrows(PythonSyntaxError.class, () -> compile(source), source);
        }
    }
}
