package dev.krait.symtable;

import static dev.krait.symtable.SymbolFlags.DEF_ANNOT;
import static dev.krait.symtable.SymbolFlags.DEF_COMP_ITER;
import static dev.krait.symtable.SymbolFlags.DEF_GLOBAL;
import static dev.krait.symtable.SymbolFlags.DEF_IMPORT;
import static dev.krait.symtable.SymbolFlags.DEF_LOCAL;
import static dev.krait.symtable.SymbolFlags.DEF_NONLOCAL;
import static dev.krait.symtable.SymbolFlags.DEF_PARAM;
import static dev.krait.symtable.SymbolFlags.USE;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Located;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Stmt;
import dev.krait.ast.WithItem;
import dev.krait.lexer.PythonSyntaxError;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The symbol table's first pass: walks the statements of a module and records, block by block,
 * every name each block binds, uses or declares, opening a new {@link Scope} at each function,
 * class, lambda and comprehension. It raises the SyntaxErrors that need only what has been seen so
 * far (a global after a use, a duplicate parameter ...). Expressions are in {@link ExprVisitor};
 * this class holds the state and the statements.
 */
// CPython: Python/symtable.c symtable_visit_stmt and its helpers
final class ScopeBuilder {
    private static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    private static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    private static final String GLOBAL_AFTER_ASSIGN =
            "name '%s' is assigned to before global declaration";
    private static final String NONLOCAL_AFTER_ASSIGN =
            "name '%s' is assigned to before nonlocal declaration";
    private static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    private static final String NONLOCAL_AFTER_USE =
            "name '%s' is used prior to nonlocal declaration";
    static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
    /**
     * CPython counts three units per Python frame against the recursion limit (1000) while
     * compiling ({@code COMPILER_STACK_FRAME_SCALE}).
     */
    private static final int RECURSION_LIMIT = 3000;

    final String filename;
    final boolean futureAnnotations;
    final IdentityHashMap<Object, Scope> blocks = new IdentityHashMap<>();
    /** The open blocks, innermost last (CPython's st_stack). */
    final List<Scope> stack = new ArrayList<>();
    Scope current;
    Scope module;
    /** The class whose private names are being mangled, or null (CPython's st_private). */
    String privateName;
    private int depth;
    final ExprVisitor exprs = new ExprVisitor(this);

    ScopeBuilder(String filename, boolean futureAnnotations) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
    }

    // CPython: Python/symtable.c symtable_enter_block
    void enterBlock(String name, Scope.Kind kind, Object node, int lineno, int colOffset) {
        Scope scope = new Scope(kind, name, node, current, lineno, colOffset);
        if (kind != Scope.Kind.ANNOTATION) {
            blocks.put(node, scope);
        }
        Scope previous = current;
        stack.add(scope);
        current = scope;
        if (kind == Scope.Kind.ANNOTATION) {
            return;
        }
        if (kind == Scope.Kind.MODULE) {
            module = scope;
        }
        if (previous != null) {
            previous.children.add(scope);
        }
    }

    // CPython: Python/symtable.c symtable_exit_block
    void exitBlock() {
        stack.remove(stack.size() - 1);
        current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    void enterNode() {
        if (++depth > RECURSION_LIMIT) {
            throw new SymtableRecursionError();
        }
    }

    void exitNode() {
        depth--;
    }

    /** The symbol's flags in the current block, the name mangled first. */
    int lookup(String name) {
        Integer value = current.symbols.get(Mangling.mangle(privateName, name));
        return value == null ? 0 : value;
    }

    void addDef(String name, int flag, Located at) {
        addDef(name, flag, current, at.lineno(), at.colOffset(), at.endLineno(),
                at.endColOffset());
    }

    // CPython: Python/symtable.c symtable_add_def_helper
    void addDef(String name, int flag, Scope scope, int lineno, int col, int endLineno,
            int endCol) {
        String mangled = Mangling.mangle(privateName, name);
        Integer old = scope.symbols.get(mangled);
        int value;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error(String.format("duplicate argument '%s' in function definition", name),
                        lineno, col, endLineno, endCol);
            }
            value = old | flag;
        } else {
            value = flag;
        }
        if (scope.compIterTarget) {
            if ((value & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error(String.format("comprehension inner loop cannot rebind assignment "
                        + "expression target '%s'", name), lineno, col, endLineno, endCol);
            }
            value |= DEF_COMP_ITER;
        }
        scope.symbols.put(mangled, value);
        if ((flag & DEF_PARAM) != 0) {
            scope.parameters.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    void recordDirective(String name, int lineno, int col, int endLineno, int endCol) {
        current.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), lineno,
                col, endLineno, endCol));
    }

    PythonSyntaxError error(String msg, int lineno, int col, int endLineno, int endCol) {
        return SymbolTable.syntaxError(msg, filename, lineno, col, endLineno, endCol);
    }

    PythonSyntaxError error(String msg, Located at) {
        return error(msg, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    void visitStatements(List<Stmt> body) {
        for (Stmt s : body) {
            visit(s);
        }
    }

    // CPython: Python/symtable.c symtable_visit_stmt
    void visit(Stmt statement) {
        enterNode();
        switch (statement) {
            case Stmt.FunctionDef s -> function(s, s.name(), s.args(), s.body(),
                    s.decoratorList(), s.returns(), false);
            case Stmt.AsyncFunctionDef s -> function(s, s.name(), s.args(), s.body(),
                    s.decoratorList(), s.returns(), true);
            case Stmt.ClassDef s -> classDef(s);
            case Stmt.Return s -> {
                if (s.value() != null) {
                    exprs.visit(s.value());
                    current.returnsValue = true;
                }
            }
            case Stmt.Delete s -> exprs.visitAll(s.targets());
            case Stmt.Assign s -> {
                exprs.visitAll(s.targets());
                exprs.visit(s.value());
            }
            case Stmt.AnnAssign s -> annAssign(s);
            case Stmt.AugAssign s -> {
                exprs.visit(s.target());
                exprs.visit(s.value());
            }
            case Stmt.For s -> loop(s.target(), s.iter(), s.body(), s.orelse());
            case Stmt.AsyncFor s -> {
                topLevelAsync();
                loop(s.target(), s.iter(), s.body(), s.orelse());
            }
            case Stmt.While s -> {
                exprs.visit(s.test());
                visitStatements(s.body());
                visitStatements(s.orelse());
            }
            case Stmt.If s -> {
                exprs.visit(s.test());
                visitStatements(s.body());
                visitStatements(s.orelse());
            }
            case Stmt.Match s -> {
                exprs.visit(s.subject());
                for (MatchCase c : s.cases()) {
                    exprs.visitPattern(c.pattern());
                    if (c.guard() != null) {
                        exprs.visit(c.guard());
                    }
                    visitStatements(c.body());
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    exprs.visit(s.exc());
                    if (s.cause() != null) {
                        exprs.visit(s.cause());
                    }
                }
            }
            case Stmt.Try s -> tryStatement(s.body(), s.orelse(), s.handlers(), s.finalbody());
            case Stmt.TryStar s -> tryStatement(s.body(), s.orelse(), s.handlers(),
                    s.finalbody());
            case Stmt.Assert s -> {
                exprs.visit(s.test());
                if (s.msg() != null) {
                    exprs.visit(s.msg());
                }
            }
            case Stmt.Import s -> aliases(s.names());
            case Stmt.ImportFrom s -> aliases(s.names());
            case Stmt.Global s -> declarations(s, s.names(), true);
            case Stmt.Nonlocal s -> declarations(s, s.names(), false);
            case Stmt.Expr s -> exprs.visit(s.value());
            case Stmt.Pass s -> { }
            case Stmt.Break s -> { }
            case Stmt.Continue s -> { }
            case Stmt.With s -> withStatement(s.items(), s.body());
            case Stmt.AsyncWith s -> {
                topLevelAsync();
                withStatement(s.items(), s.body());
            }
        }
        exitNode();
    }

    /**
     * An {@code async for} or {@code async with}: at module level it makes the module a
     * coroutine, as an {@code await} there does. Only compile()'s
     * {@code PyCF_ALLOW_TOP_LEVEL_AWAIT} lets such a module compile.
     */
    // CPython: Python/compile.c compiler_async_for, compiler_async_with (IS_TOP_LEVEL_AWAIT)
    private void topLevelAsync() {
        if (current.kind() == Scope.Kind.MODULE) {
            current.coroutine = true;
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body,
            List<Expr> decorators, Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s);
        exprs.visitAll(args.defaults());
        exprs.visitAllWithNull(args.kwDefaults());
        annotations(s, args, returns);
        exprs.visitAll(decorators);
        enterBlock(name, Scope.Kind.FUNCTION, s, s.lineno(), s.colOffset());
        if (async) {
            current.coroutine = true;
        }
        parameters(args);
        visitStatements(body);
        exitBlock();
    }

    private void classDef(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s);
        exprs.visitAll(s.bases());
        for (Keyword k : s.keywords()) {
            exprs.visit(k.value());
        }
        exprs.visitAll(s.decoratorList());
        enterBlock(s.name(), Scope.Kind.CLASS, s, s.lineno(), s.colOffset());
        String outer = privateName;
        privateName = s.name();
        visitStatements(s.body());
        privateName = outer;
        exitBlock();
    }

    // CPython: Python/symtable.c symtable_visit_stmt, case AnnAssign_kind
    private void annAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name target) {
            int cur = lookup(target.id());
            if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && current != module
                    && s.simple() != 0) {
                throw error(String.format((cur & DEF_GLOBAL) != 0 ? GLOBAL_ANNOT
                        : NONLOCAL_ANNOT, target.id()), s);
            }
            if (s.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target);
            } else if (s.value() != null) {
                addDef(target.id(), DEF_LOCAL, target);
            }
        } else {
            exprs.visit(s.target());
        }
        annotation(s.annotation());
        if (s.value() != null) {
            exprs.visit(s.value());
        }
    }

    private void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        exprs.visit(target);
        exprs.visit(iter);
        visitStatements(body);
        visitStatements(orelse);
    }

    private void tryStatement(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers,
            List<Stmt> finalbody) {
        visitStatements(body);
        visitStatements(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                exprs.visit(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            visitStatements(h.body());
        }
        visitStatements(finalbody);
    }

    private void withStatement(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            exprs.visit(item.contextExpr());
            if (item.optionalVars() != null) {
                exprs.visit(item.optionalVars());
            }
        }
        visitStatements(body);
    }

    // CPython: Python/symtable.c symtable_visit_alias
    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() == null ? a.name() : a.asname();
            if (name.equals("*")) {
                if (current.kind() != Scope.Kind.MODULE) {
                    throw error("import * only allowed at module level", a);
                }
                continue;
            }
            int dot = name.indexOf('.');
            addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a);
        }
    }

    // CPython: Python/symtable.c symtable_visit_stmt, cases Global_kind and Nonlocal_kind
    private void declarations(Stmt s, List<String> names, boolean global) {
        for (String name : names) {
            int cur = lookup(name);
            if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((cur & DEF_PARAM) != 0) {
                    msg = global ? GLOBAL_PARAM : NONLOCAL_PARAM;
                } else if ((cur & USE) != 0) {
                    msg = global ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
                } else if ((cur & DEF_ANNOT) != 0) {
                    msg = global ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
                } else {
                    msg = global ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
                }
                throw error(String.format(msg, name), s);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
        }
    }

    // CPython: Python/symtable.c symtable_visit_arguments
    void parameters(Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            current.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            current.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        for (Arg arg : args) {
            addDef(arg.arg(), DEF_PARAM, arg);
        }
    }

    // CPython: Python/symtable.c symtable_visit_annotation
    void annotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Kind.ANNOTATION, annotation, annotation.lineno(),
                    annotation.colOffset());
        }
        exprs.visit(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    // CPython: Python/symtable.c symtable_visit_annotations
    private void annotations(Stmt s, Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", Scope.Kind.ANNOTATION, s, s.lineno(), s.colOffset());
        }
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            exprs.visit(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            exprs.visit(a.kwarg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                exprs.visit(arg.annotation());
            }
        }
    }

    /** CPython's RecursionError "maximum recursion depth exceeded during compilation". */
    static final class SymtableRecursionError extends RuntimeException {
        SymtableRecursionError() {
            super("maximum recursion depth exceeded during compilation", null, false, false);
        }
    }
}
