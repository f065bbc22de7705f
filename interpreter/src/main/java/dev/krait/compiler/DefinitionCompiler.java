package dev.krait.compiler;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.Comprehension;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.LazyStmts;
import dev.krait.ast.Located;
import dev.krait.ast.Stmt;
import dev.krait.ast.Unparser;
import dev.krait.nodes.AccessNodes;
import dev.krait.nodes.ComprehensionNodes;
import dev.krait.nodes.DisplayNodes;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.FunctionBody;
import dev.krait.nodes.FunctionNodes;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.OpNodes;
import dev.krait.nodes.StmtNode;
import dev.krait.nodes.StmtNodes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.symtable.NameScope;
import dev.krait.symtable.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the constructs that open a new scope — {@code def}, {@code lambda}, {@code class},
 * comprehensions and generator expressions — each into a code object of its own, plus the node
 * that makes the function (or class) at run time in the enclosing scope.
 *
 * <p>CPython counterpart: Python/compile.c {@code compiler_function}, {@code compiler_lambda},
 * {@code compiler_class}, {@code compiler_comprehension}, {@code compiler_set_qualname}.
 */
final class DefinitionCompiler {
    private final CodeGenerator gen;

    DefinitionCompiler(CodeGenerator gen) {
        this.gen = gen;
    }

    /** CPython: compiler_set_qualname. */
    private String qualname(String name, boolean isClassOrFunction) {
        CodeUnit parent = gen.unit();
        if (parent.kind == CodeUnit.Kind.MODULE) {
            return name;
        }
        if (isClassOrFunction) {
            String mangled = Names.mangle(parent, name);
            if (parent.scopeOf(mangled) == NameScope.GLOBAL_EXPLICIT) {
                return name;
            }
        }
        String base = parent.kind == CodeUnit.Kind.FUNCTION ? parent.qualname + ".<locals>"
                : parent.qualname;
        return base + "." + name;
    }

    /** The docstring of a body, or null; -OO ({@code optimize} 2) drops docstrings. */
    // CPython: Python/compile.c compiler_body and compiler_function (c_optimize < 2)
    static PyObject docstring(List<Stmt> body, int optimize) {
        if (optimize < 2 && !body.isEmpty() && first(body) instanceof Stmt.Expr e
                && e.value() instanceof Expr.Constant k
                && k.value() instanceof ConstantValue.Str) {
            return Constants.of(k.value());
        }
        return null;
    }

    StmtNode functionDef(Stmt node, String name, Arguments args, List<Stmt> body,
            List<Expr> decorators, Expr returns, boolean async) {
        Located at = (Located) node;
        ExprNode[] decs = gen.expressions().compileAll(decorators);
        ExprNode make = makeFunction(node, name, args, body, returns, async,
                decorators.isEmpty() ? at.lineno() : decorators.get(0).lineno());
        if (decs.length > 0) {
            make = new FunctionNodes.Decorated(decs, make, at.lineno(), at.colOffset(),
                    at.endLineno(), at.endColOffset());
        }
        // the statement's code starts with its first decorator (CPython's co_lines)
        int start = decorators.isEmpty() ? at.lineno() : decorators.get(0).lineno();
        return new StmtNodes.Assign(new NameNodes.Target[] {Names.store(gen.unit(), name)},
                make, start, at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private FunctionNodes.MakeFunction makeFunction(Object node, String name, Arguments args,
            List<Stmt> body, Expr returns, boolean async, int firstLine) {
        Located at = (Located) node;
        ExprNode[] defaults = gen.expressions().compileAll(args.defaults());
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(Names.mangle(gen.unit(), args.kwonlyargs().get(i).arg()));
                kwValues.add(gen.expressions().compile(d));
            }
        }
        List<String> annNames = new ArrayList<>();
        List<ExprNode> annValues = new ArrayList<>();
        addAnnotations(args.args(), annNames, annValues);
        addAnnotations(args.posonlyargs(), annNames, annValues);
        if (args.vararg() != null) {
            addAnnotations(List.of(args.vararg()), annNames, annValues);
        }
        addAnnotations(args.kwonlyargs(), annNames, annValues);
        if (args.kwarg() != null) {
            addAnnotations(List.of(args.kwarg()), annNames, annValues);
        }
        if (returns != null) {
            annNames.add("return");
            annValues.add(annotation(returns));
        }
        Scope scope = gen.table().scopeOf(node);
        String qual = node instanceof Expr.Lambda ? qualname("<lambda>", false)
                : qualname(name, true);
        CodeUnit parent = gen.unit();
        CodeUnit unit = new CodeUnit(scope, CodeUnit.Kind.FUNCTION, parent, name, qual,
                parent.privateName);
        PyObject doc = node instanceof Expr.Lambda ? null : docstring(body, gen.optimize());
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (args.vararg() != null) {
            flags |= PyCode.CO_VARARGS;
        }
        if (args.kwarg() != null) {
            flags |= PyCode.CO_VARKEYWORDS;
        }
        if (scope.isNested()) {
            flags |= PyCode.CO_NESTED;
        }
        // (CPython 3.11 no longer sets CO_NOFREE: Python/compile.c compute_code_flags)
        flags |= generatorFlags(scope, async);
        int argcount = args.posonlyargs().size() + args.args().size();
        PyCode code = newCode(unit, name, qual, firstLine, argcount, args.posonlyargs().size(),
                args.kwonlyargs().size(), flags, doc);
        // The body's tree is built on the function's first call (PyCode.setPendingBody), by a
        // generator of its own: the symbol table and the checks above have run on the whole
        // module, so every compile-time error was raised already, and the tree built later is
        // the one an eager compile would build.
        CodeGenerator.Deferred later = gen.forLater();
        code.setPendingBody(() -> later.compileFunctionBody(code, unit, body, doc, firstLine,
                fallsOff(body)));
        parent.addConst(code);
        return new FunctionNodes.MakeFunction(code, defaults, kwNames.toArray(new String[0]),
                kwValues.toArray(new ExprNode[0]), annNames.toArray(new String[0]),
                annValues.toArray(new ExprNode[0]), closure(unit, parent), at.lineno(),
                at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private static int generatorFlags(Scope scope, boolean async) {
        if (async) {
            return scope.isGenerator() ? PyCode.CO_ASYNC_GENERATOR : PyCode.CO_COROUTINE;
        }
        return scope.isGenerator() ? PyCode.CO_GENERATOR : 0;
    }

    private void addAnnotations(List<Arg> args, List<String> names, List<ExprNode> values) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                names.add(Names.mangle(gen.unit(), a.arg()));
                values.add(annotation(a.annotation()));
            }
        }
    }

    private ExprNode annotation(Expr e) {
        if (gen.futureAnnotations()) {
            return new OpNodes.Constant(PyStr.of(Unparser.unparse(e)), e.lineno(),
                    e.colOffset(), e.endLineno(), e.endColOffset());
        }
        if (e instanceof Expr.Starred star) {
            // *args: *Ts -- the annotation is the one value unpacked from Ts
            // CPython: Python/compile.c compiler_visit_argannotation
            return new AccessNodes.StarredAnnotation(gen.expressions().compile(star.value()),
                    e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
        }
        return gen.expressions().compile(e);
    }

    /**
     * The first statement of a body, or null when it cannot be a docstring; a body from the
     * parsed-module cache not read yet ({@link LazyStmts}) knows it without being read.
     */
    private static Stmt first(List<Stmt> body) {
        return body instanceof LazyStmts lazy ? lazy.head() : body.get(0);
    }

    /** Whether control can reach the end of a body (where CPython returns None). */
    static boolean fallsOff(List<Stmt> body) {
        if (body instanceof LazyStmts lazy) {
            // known without reading the body, which its first call compiles
            return !lazy.lastType().equals("Return") && !lazy.lastType().equals("Raise");
        }
        return body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return
                || body.get(body.size() - 1) instanceof Stmt.Raise);
    }

    /** The code object of {@code unit}, its body still to be compiled (see {@link #finish}). */
    private PyCode newCode(CodeUnit unit, String name, String qual, int firstLine, int argcount,
            int posonly, int kwonly, int flags, PyObject doc) {
        String[] varnames = unit.varnames.toArray(new String[0]);
        String[] cellvars = unit.cellvars.toArray(new String[0]);
        String[] freevars = unit.freevars.toArray(new String[0]);
        return new PyCode(name, qual, gen.filename(), firstLine, argcount, posonly, kwonly,
                flags, varnames, cellvars, freevars, doc);
    }

    /**
     * Compiles the body of a function whose code object {@link #makeFunction} made: the first
     * constant is the docstring or None, the first position RESUME's, as in CPython 3.11.
     */
    void functionBody(PyCode code, CodeUnit unit, List<Stmt> body, PyObject doc,
            int firstLine, boolean returnsNone) {
        gen.push(unit);
        unit.addConst(doc != null ? doc : dev.krait.objects.PyNone.NONE);
        unit.addPosition(firstLine, 0, firstLine, 0);
        StmtNode[] compiled;
        try {
            List<Stmt> stmts = doc != null ? body.subList(1, body.size()) : body;
            compiled = gen.statements().compileBlock(stmts);
        } finally {
            gen.pop();
        }
        finish(code, unit, compiled, returnsNone);
    }

    /** Hands the compiled body and what was learnt while compiling it to the code object. */
    private static void finish(PyCode code, CodeUnit unit, StmtNode[] body,
            boolean returnsNone) {
        unit.finish(code, returnsNone);
        String[] varnames = code.varnames;
        String[] cellvars = code.cellvars;
        int[] cellFromParam = new int[cellvars.length];
        int nparams = code.argcount + code.kwonlyargcount
                + ((code.flags & PyCode.CO_VARARGS) != 0 ? 1 : 0)
                + ((code.flags & PyCode.CO_VARKEYWORDS) != 0 ? 1 : 0);
        for (int i = 0; i < cellvars.length; i++) {
            cellFromParam[i] = -1;
            for (int p = 0; p < nparams && p < varnames.length; p++) {
                if (varnames[p].equals(cellvars[i])) {
                    cellFromParam[i] = p;
                }
            }
        }
        code.setInvoker(new FunctionBody(code, body, varnames.length, cellFromParam,
                unit.yields));
    }

    /** For each free variable of {@code unit}, its cell's index in the enclosing unit. */
    private static int[] closure(CodeUnit unit, CodeUnit parent) {
        int[] out = new int[unit.freevars.size()];
        for (int i = 0; i < out.length; i++) {
            Integer idx = parent.cellSlot(unit.freevars.get(i));
            if (idx == null) {
                throw dev.krait.objects.PyExceptions.systemError("compiler: free variable '"
                        + unit.freevars.get(i) + "' of " + unit.qualname + " not found in "
                        + parent.qualname);
            }
            out[i] = idx;
        }
        return out;
    }

    ExprNode lambda(Expr.Lambda lam) {
        List<Stmt> body = List.of(new Stmt.Return(lam.body(), lam.body().lineno(),
                lam.body().colOffset(), lam.body().endLineno(), lam.body().endColOffset()));
        return makeFunction(lam, "<lambda>", lam.args(), body, null, false, lam.lineno());
    }

    StmtNode classDef(Stmt.ClassDef cd) {
        ExprNode[] decs = gen.expressions().compileAll(cd.decoratorList());
        int firstLine = cd.decoratorList().isEmpty() ? cd.lineno()
                : cd.decoratorList().get(0).lineno();
        Scope scope = gen.table().scopeOf(cd);
        String qual = qualname(cd.name(), true);
        CodeUnit parent = gen.unit();
        CodeUnit unit = new CodeUnit(scope, CodeUnit.Kind.CLASS, parent, cd.name(), qual,
                cd.name());
        PyObject doc = docstring(cd.body(), gen.optimize());
        int l = cd.lineno();
        int c = cd.colOffset();
        int el = cd.endLineno();
        int ec = cd.endColOffset();
        gen.push(unit);
        unit.addPosition(firstLine, 0, firstLine, 0);
        unit.addName("__name__");
        unit.addName("__module__");
        unit.addConst(PyStr.of(qual));
        unit.addName("__qualname__");
        if (doc != null) {
            unit.addConst(doc);
            unit.addName("__doc__");
        }
        StmtNode[] compiled;
        try {
            List<StmtNode> prologue = new ArrayList<>();
            // the namespace's prologue is on the statement's first line, a decorator's if any
            int pl = firstLine;
            prologue.add(new StmtNodes.Assign(new NameNodes.Target[] {
                new NameNodes.StoreName("__module__")},
                new NameNodes.LoadName("__name__", pl, c, el, ec), pl, c, el, ec));
            prologue.add(new StmtNodes.Assign(new NameNodes.Target[] {
                new NameNodes.StoreName("__qualname__")},
                new OpNodes.Constant(PyStr.of(qual), pl, c, el, ec), pl, c, el, ec));
            List<Stmt> stmts = cd.body();
            if (doc != null) {
                // CPython: Python/compile.c compiler_body stores __doc__ at the docstring's line
                Stmt first = stmts.get(0);
                prologue.add(new StmtNodes.Assign(new NameNodes.Target[] {
                    new NameNodes.StoreName("__doc__")},
                    new OpNodes.Constant(doc, first.lineno(), first.colOffset(),
                            first.endLineno(), first.endColOffset()),
                    first.lineno(), first.colOffset(), first.endLineno(),
                    first.endColOffset()));
                stmts = stmts.subList(1, stmts.size());
            }
            if (CodeGenerator.hasAnnotations(cd.body())) {
                prologue.add(new DisplayNodes.SetupAnnotations(pl, c, el, ec));
            }
            for (StmtNode s : gen.statements().compileBlock(stmts)) {
                prologue.add(s);
            }
            compiled = prologue.toArray(new StmtNode[0]);
        } finally {
            gen.pop();
        }
        PyCode code = newCode(unit, cd.name(), qual, firstLine, 0, 0, 0, 0, null);
        finish(code, unit, compiled, true);
        parent.addConst(code);
        parent.addConst(PyStr.of(cd.name()));
        FunctionNodes.MakeFunction body = new FunctionNodes.MakeFunction(code, new ExprNode[0],
                new String[0], new ExprNode[0], new String[0], new ExprNode[0],
                closure(unit, parent), l, c, el, ec);
        ExprNode[] bases = gen.expressions().compileAll(cd.bases());
        String[] kwNames = new String[cd.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = cd.keywords().get(i).arg();
            kwValues[i] = gen.expressions().compile(cd.keywords().get(i).value());
        }
        ExprNode make = new FunctionNodes.MakeClass(body, cd.name(), bases, kwNames, kwValues, l,
                c, el, ec);
        if (decs.length > 0) {
            make = new FunctionNodes.Decorated(decs, make, l, c, el, ec);
        }
        // the statement's code starts with its first decorator (CPython's co_lines)
        return new StmtNodes.Assign(new NameNodes.Target[] {Names.store(parent, cd.name())}, make,
                firstLine, c, el, ec);
    }

    ExprNode comprehension(Expr node, List<Comprehension> generators, Expr elt, Expr value) {
        int l = node.lineno();
        int c = node.colOffset();
        int el = node.endLineno();
        int ec = node.endColOffset();
        String name;
        ComprehensionNodes.Kind kind;
        switch (node) {
            case Expr.ListComp x -> {
                name = "<listcomp>";
                kind = ComprehensionNodes.Kind.LIST;
            }
            case Expr.SetComp x -> {
                name = "<setcomp>";
                kind = ComprehensionNodes.Kind.SET;
            }
            case Expr.DictComp x -> {
                name = "<dictcomp>";
                kind = ComprehensionNodes.Kind.DICT;
            }
            default -> {
                name = "<genexpr>";
                kind = ComprehensionNodes.Kind.GENERATOR;
            }
        }
        Scope scope = gen.table().scopeOf(node);
        CodeUnit parent = gen.unit();
        String qual = qualname(name, false);
        CodeUnit unit = new CodeUnit(scope, CodeUnit.Kind.FUNCTION, parent, name, qual,
                parent.privateName);
        gen.push(unit);
        unit.addPosition(l, 0, l, 0);
        StmtNode body;
        try {
            ComprehensionNodes.Clause[] clauses =
                    new ComprehensionNodes.Clause[generators.size()];
            for (int i = 0; i < clauses.length; i++) {
                Comprehension g = generators.get(i);
                NameNodes.Target target = gen.expressions().target(g.target());
                ExprNode iter = i == 0 ? null : gen.expressions().iterable(g.iter());
                clauses[i] = new ComprehensionNodes.Clause(target, iter,
                        gen.expressions().compileAll(g.ifs()), g.isAsync() != 0);
            }
            body = new ComprehensionNodes.Body(kind, clauses, gen.expressions().compile(elt),
                    value == null ? null : gen.expressions().compile(value), l, c, el, ec);
        } finally {
            gen.pop();
        }
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (scope.isNested()) {
            flags |= PyCode.CO_NESTED;
        }
        // CPython: compile.c compute_code_flags — an async comprehension is a coroutine, an
        // async generator expression an async generator
        boolean isGenerator = kind == ComprehensionNodes.Kind.GENERATOR;
        if (scope.isCoroutine()) {
            flags |= isGenerator ? PyCode.CO_ASYNC_GENERATOR : PyCode.CO_COROUTINE;
        } else if (isGenerator) {
            flags |= PyCode.CO_GENERATOR;
        }
        PyCode code = newCode(unit, name, qual, l, 1, 0, 0, flags, null);
        finish(code, unit, new StmtNode[] {body}, false);
        parent.addConst(code);
        // the outermost iterable is evaluated in the enclosing scope after the function is
        // made, as CPython's compiler_comprehension emits it (its constants and names follow
        // the code object's in co_consts and co_names)
        ExprNode outermost = gen.expressions().iterable(generators.get(0).iter());
        FunctionNodes.MakeFunction make = new FunctionNodes.MakeFunction(code, new ExprNode[0],
                new String[0], new ExprNode[0], new String[0], new ExprNode[0],
                closure(unit, parent), l, c, el, ec);
        return new ComprehensionNodes.Run(make, outermost, generators.get(0).isAsync() != 0,
                scope.isCoroutine() && !isGenerator, l, c, el, ec);
    }
}
