package dev.krait.modules.ast;

import dev.krait.ast.Mod;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code _ast}: the AST node classes and the compile flags that Lib/ast.py re-exports. Parsing to
 * these objects is {@code compile(source, filename, mode, PyCF_ONLY_AST)}, which the builtins
 * route to {@link AstToPython}; compiling them is {@link PythonToAst}.
 *
 * <p>CPython counterpart: Python/Python-ast.c {@code astmodule_exec}.
 */
@NativeModule.Register("_ast")
public final class AstModule implements NativeModule {
    /** {@code PyCF_ONLY_AST}: compile() returns the AST instead of code. */
    public static final int PYCF_ONLY_AST = 0x400;
    /** {@code PyCF_TYPE_COMMENTS}: keep type comments in the AST (a flag of the parser's). */
    public static final int PYCF_TYPE_COMMENTS = Parser.TYPE_COMMENTS;
    /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
    public static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** Whether {@code obj} is an AST object ({@code compile} then takes it as the tree). */
    public static boolean isAst(PyObject obj) {
        return obj instanceof PyAST;
    }

    /** {@code tree} as the interpreter's Python {@code ast} objects ({@code ast.parse}). */
    public static PyObject toPython(Interpreter interp, Mod tree) {
        return new AstToPython(AstTypes.of(interp)).convert(tree);
    }

    /** The tree a Python {@code ast} object stands for, checked against {@code mode}. */
    public static Mod fromPython(Interpreter interp, PyObject obj, Parser.Mode mode) {
        return new PythonToAst(AstTypes.of(interp)).module(obj, mode);
    }

    @Override
    public PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ast");
        Map<String, PyType> sorted = new TreeMap<>(AstTypes.of(interp).byName);
        sorted.forEach(m::put);
        m.put("PyCF_ONLY_AST", PyInt.of(PYCF_ONLY_AST));
        m.put("PyCF_TYPE_COMMENTS", PyInt.of(PYCF_TYPE_COMMENTS));
        m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PYCF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }
}
