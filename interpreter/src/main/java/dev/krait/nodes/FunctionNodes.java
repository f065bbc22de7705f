package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyCell;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Tracing;

/**
 * Making functions ({@code def}, {@code lambda}) and classes ({@code class}) at run time: the
 * defaults, annotations and closure cells are gathered from the defining frame, decorators are
 * applied innermost first, and the result is stored under the definition's name.
 *
 * <p>CPython counterpart: MAKE_FUNCTION in Python/ceval.c and compiler_function/compiler_class
 * in Python/compile.c.
 */
public final class FunctionNodes {
    private FunctionNodes() {}

    /** Creates a function object from a compiled code object. */
    public static final class MakeFunction extends ExprNode {
        final PyCode code;
        final ExprNode[] defaults;
        /** Keyword-only parameter names with defaults, and the default expressions. */
        final String[] kwdefaultNames;
        final ExprNode[] kwdefaultValues;
        /** Annotation names and expressions (evaluated at definition time), or empty. */
        final String[] annotationNames;
        final ExprNode[] annotationValues;
        /** Indices into the defining frame's cells for each of the code's free variables. */
        final int[] closure;

        public MakeFunction(PyCode code, ExprNode[] defaults, String[] kwdefaultNames,
                ExprNode[] kwdefaultValues, String[] annotationNames,
                ExprNode[] annotationValues, int[] closure, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.code = code;
            this.defaults = defaults;
            this.kwdefaultNames = kwdefaultNames;
            this.kwdefaultValues = kwdefaultValues;
            this.annotationNames = annotationNames;
            this.annotationValues = annotationValues;
            this.closure = closure;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] defs = null;
            if (defaults.length > 0) {
                defs = new PyObject[defaults.length];
                for (int i = 0; i < defs.length; i++) {
                    defs[i] = defaults[i].eval(f);
                }
            }
            PyDict kwdefs = null;
            if (kwdefaultNames.length > 0) {
                kwdefs = new PyDict();
                for (int i = 0; i < kwdefaultNames.length; i++) {
                    kwdefs.setItem(PyStr.of(kwdefaultNames[i]), kwdefaultValues[i].eval(f));
                }
            }
            PyDict annotations = null;
            if (annotationNames.length > 0) {
                annotations = new PyDict();
                for (int i = 0; i < annotationNames.length; i++) {
                    annotations.setItem(PyStr.of(annotationNames[i]),
                            annotationValues[i].eval(f));
                }
            }
            PyCell[] cells = null;
            if (closure.length > 0) {
                cells = new PyCell[closure.length];
                for (int i = 0; i < closure.length; i++) {
                    cells[i] = f.cells[closure[i]];
                }
            }
            PyFunction fn = new PyFunction(code, f.globals, f.builtins, defs, kwdefs, cells);
            fn.annotations = annotations;
            return fn;
        }
    }

    /**
     * Applies decorators (given outermost first) to a definition's value. Its line is the
     * {@code def} or {@code class} line; the statement it is part of starts at the first
     * decorator's line. In a traced frame it reports the lines CPython's bytecode passes: each
     * decorator's as it is evaluated, the definition's, each decorator's again (innermost first)
     * as it is applied, then the definition's for the name's store.
     */
    // CPython: Python/compile.c compiler_function (compiler_decorators, then the calls)
    public static final class Decorated extends ExprNode {
        final ExprNode[] decorators;
        final ExprNode definition;

        public Decorated(ExprNode[] decorators, ExprNode definition, int l, int c, int el,
                int ec) {
            super(l, c, el, ec);
            this.decorators = decorators;
            this.definition = definition;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] decs = new PyObject[decorators.length];
            for (int i = 0; i < decs.length; i++) {
                if (f.trace != null) {
                    Tracing.line(f, decorators[i].line);
                }
                decs[i] = decorators[i].eval(f);
            }
            if (f.trace != null) {
                Tracing.line(f, line);
            }
            PyObject v = definition.eval(f);
            for (int i = decs.length - 1; i >= 0; i--) {
                if (f.trace != null) {
                    Tracing.line(f, decorators[i].line);
                }
                try {
                    // a decorator is called as any call is (CPython 3.11 compiles it to CALL)
                    v = Tracing.profilingSeen
                            ? Tracing.callProfiled(f, decs[i], new PyObject[] {v}, null)
                            : Ops.call(decs[i], v);
                } catch (PyException e) {
                    throw decorators[i].trace(e, f);
                }
            }
            if (f.trace != null) {
                Tracing.line(f, line);
            }
            return v;
        }
    }

    private static final PyStr BUILD_CLASS = PyStr.of("__build_class__");

    /** {@code class Name(bases, **kw): body} through {@code __build_class__}'s logic. */
    public static final class MakeClass extends ExprNode {
        final MakeFunction body;
        final String name;
        final ExprNode[] bases;
        final String[] keywordNames;
        final ExprNode[] keywordValues;

        public MakeClass(MakeFunction body, String name, ExprNode[] bases, String[] keywordNames,
                ExprNode[] keywordValues, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.body = body;
            this.name = name;
            this.bases = bases;
            this.keywordNames = keywordNames;
            this.keywordValues = keywordValues;
        }

        @Override
        public PyObject eval(PyFrame f) {
            // CPython: LOAD_BUILD_CLASS reads builtins.__build_class__, which programs may replace
            PyObject builder;
            try {
                builder = NameNodes.lookupBuiltin(f, BUILD_CLASS);
            } catch (PyException e) {
                throw trace(e, f);
            }
            if (builder == null) {
                throw trace(dev.krait.objects.PyExceptions.nameError(
                        "__build_class__ not found"), f);
            }
            PyFunction fn = (PyFunction) body.eval(f);
            CallNodes.Args args = new CallNodes.Args(bases, keywordNames, keywordValues);
            String[][] names = new String[1][];
            PyObject[] values = args.evalGeneral(f, fn, 2, names, this);
            values[0] = fn;
            values[1] = PyStr.of(name);
            try {
                if (Tracing.profilingSeen) {
                    // CPython: LOAD_BUILD_CLASS then CALL, reported as a builtin's call
                    return Tracing.callProfiled(f, builder, values, names[0]);
                }
                if (builder instanceof dev.krait.objects.PyBuiltinFunction b
                        && b.name().equals("__build_class__")) {
                    return ClassBuilder.buildClass(values, names[0]);
                }
                return Ops.call(builder, values, names[0]);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }
}
