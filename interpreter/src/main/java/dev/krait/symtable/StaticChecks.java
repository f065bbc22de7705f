package dev.krait.symtable;

import dev.krait.ast.Alias;
import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.ExceptHandler;
import dev.krait.ast.Expr;
import dev.krait.ast.Located;
import dev.krait.ast.MatchCase;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.ast.WithItem;
import dev.krait.lexer.PythonSyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxErrors and SyntaxWarnings that CPython's code generator ({@code Python/compile.c})
 * raises after the symbol table: {@code return} outside a function, {@code break} outside a loop,
 * {@code await} outside an async function, starred assignment targets, assignments to
 * {@code __debug__}, match patterns that bind a name twice, and so on.
 *
 * <p>CPython finds them while generating code, so the first one in code-generation order wins,
 * placed where the generator stood (the statement, or the innermost expression being compiled).
 * This pass walks the tree in that same order, keeping what the generator keeps: the kind of the
 * current code unit, its stack of loops and try blocks ("frame blocks") and the current location.
 * Warnings do not stop compilation: they are returned, for the runtime to issue through
 * {@code warnings} as {@code SyntaxWarning}.
 */
// CPython: Python/compile.c compiler_visit_stmt and the checks it calls
public final class StaticChecks {
    /** CPython's CO_MAXBLOCKS: how deeply loops, try and with blocks may nest. */
    private static final int MAX_BLOCKS = 20;

    /** A SyntaxWarning, at the range CPython gives it (offsets 1-based, in UTF-8 bytes + 1). */
    public record Warning(String message, int lineno, int offset, int endLineno, int endOffset) {}

    /** CPython's compiler scope types (COMPILER_SCOPE_*). */
    enum UnitKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** CPython's frame block types that matter for the checks. */
    enum FrameKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
        ASYNC_COMPREHENSION_GENERATOR, POP_VALUE
    }

    record Frame(FrameKind kind, List<Stmt> finalbody) {}

    final SymbolTable table;
    /** What the compiler folds to a constant, as CPython's checks see the folded tree. */
    final ConstantFolding folding;
    /** The compile's optimization level (-O): an assert's expressions are not checked above 0. */
    final int optimize;
    final String filename;
    /** compile()'s {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}: await and async blocks in the module. */
    final boolean allowTopLevelAwait;
    final List<Warning> warnings = new ArrayList<>();
    final ExprChecks exprs = new ExprChecks(this);
    /** The current code unit. */
    UnitKind unit;
    Scope scope;
    ArrayList<Frame> frames = new ArrayList<>();
    /** The location the generator is at (CPython's u_lineno ... u_end_col_offset). */
    int lineno;
    int col;
    int endLineno;
    int endCol;

    private StaticChecks(SymbolTable table, ConstantFolding folding, int optimize,
            boolean allowTopLevelAwait) {
        this.table = table;
        this.folding = folding;
        this.optimize = optimize;
        this.filename = table.filename();
        this.allowTopLevelAwait = allowTopLevelAwait;
    }

    /**
     * Checks a module whose symbol table {@link SymbolTable#build} made; raises the first
     * SyntaxError CPython's compiler would raise, else returns the SyntaxWarnings it would emit,
     * in order. {@code folding} tells which expressions the compiler folds to a constant;
     * {@code optimize} is the compile's optimization level.
     */
    public static List<Warning> check(Mod module, SymbolTable table, ConstantFolding folding,
            int optimize) throws PythonSyntaxError {
        return check(module, table, folding, optimize, false);
    }

    /**
     * As above; {@code allowTopLevelAwait} is compile()'s {@code PyCF_ALLOW_TOP_LEVEL_AWAIT},
     * which lets the module's own code (not its classes' or functions') await.
     */
    public static List<Warning> check(Mod module, SymbolTable table, ConstantFolding folding,
            int optimize, boolean allowTopLevelAwait) throws PythonSyntaxError {
        StaticChecks c = new StaticChecks(table, folding, optimize, allowTopLevelAwait);
        c.unit = UnitKind.MODULE;
        c.scope = table.top();
        switch (module) {
            case Mod.Module m -> c.statements(m.body());
            case Mod.Interactive m -> c.statements(m.body());
            case Mod.Expression m -> c.exprs.visit(m.body());
            case Mod.FunctionType m -> { }
        }
        return List.copyOf(c.warnings);
    }

    /** Whether the code being checked may await: the module's, under the flag. */
    // CPython: Python/compile.c IS_TOP_LEVEL_AWAIT
    boolean isTopLevelAwait() {
        return allowTopLevelAwait && unit == UnitKind.MODULE;
    }

    // CPython: Python/compile.c compiler_error
    PythonSyntaxError error(String msg) {
        return SymbolTable.syntaxError(msg, filename, lineno, col, endLineno, endCol);
    }

    // CPython: Python/compile.c compiler_warn
    void warn(String msg) {
        warnings.add(new Warning(msg, lineno, col + 1, endLineno, endCol + 1));
    }

    void setLocation(Located node) {
        lineno = node.lineno();
        col = node.colOffset();
        endLineno = node.endLineno();
        endCol = node.endColOffset();
    }

    // CPython: Python/compile.c compiler_push_fblock
    void push(FrameKind kind, List<Stmt> finalbody) {
        if (frames.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks");
        }
        frames.add(new Frame(kind, finalbody));
    }

    void pop() {
        frames.remove(frames.size() - 1);
    }

    // CPython: Python/compile.c forbidden_name
    void forbiddenName(String name, boolean delete) {
        if (name.equals("__debug__")) {
            throw error(delete ? "cannot delete __debug__" : "cannot assign to __debug__");
        }
    }

    /** Compiles a nested code unit (function, class, lambda, comprehension) with fresh state. */
    void inUnit(UnitKind kind, Object node, Runnable body) {
        UnitKind outerUnit = unit;
        Scope outerScope = scope;
        ArrayList<Frame> outerFrames = frames;
        int[] outerLocation = {lineno, col, endLineno, endCol};
        unit = kind;
        scope = table.scopeOf(node);
        frames = new ArrayList<>();
        // CPython: compiler_enter_scope starts a unit at its first line, column 0.
        lineno = scope.firstLineno();
        col = 0;
        endLineno = 0;
        endCol = 0;
        body.run();
        unit = outerUnit;
        scope = outerScope;
        frames = outerFrames;
        lineno = outerLocation[0];
        col = outerLocation[1];
        endLineno = outerLocation[2];
        endCol = outerLocation[3];
    }

    void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    // CPython: Python/compile.c compiler_visit_stmt
    void statement(Stmt statement) {
        setLocation(statement);
        switch (statement) {
            case Stmt.FunctionDef s -> {
                function(s, s.args(), s.body(), s.decoratorList(), s.returns(), false);
                forbiddenName(s.name(), false);
            }
            case Stmt.AsyncFunctionDef s -> {
                function(s, s.args(), s.body(), s.decoratorList(), s.returns(), true);
                forbiddenName(s.name(), false);
            }
            case Stmt.ClassDef s -> classDef(s);
            case Stmt.Return s -> returnStatement(s);
            case Stmt.Delete s -> exprs.visitAll(s.targets());
            case Stmt.Assign s -> {
                exprs.visit(s.value());
                exprs.visitAll(s.targets());
            }
            case Stmt.AugAssign s -> exprs.augAssign(s);
            case Stmt.AnnAssign s -> annAssign(s);
            case Stmt.For s -> loop(s, s.iter(), s.target(), s.body(), s.orelse());
            case Stmt.AsyncFor s -> {
                if (unit != UnitKind.ASYNC_FUNCTION && !isTopLevelAwait()) {
                    throw error("'async for' outside async function");
                }
                loop(s, s.iter(), s.target(), s.body(), s.orelse());
            }
            case Stmt.While s -> {
                push(FrameKind.WHILE_LOOP, null);
                exprs.condition(s.test());
                statements(s.body());
                setLocation(s);
                exprs.condition(s.test());
                pop();
                statements(s.orelse());
            }
            case Stmt.If s -> {
                exprs.condition(s.test());
                statements(s.body());
                statements(s.orelse());
            }
            case Stmt.Match s -> PatternChecks.match(this, s);
            case Stmt.Raise s -> {
                exprs.visitOptional(s.exc());
                exprs.visitOptional(s.cause());
            }
            case Stmt.Try s -> tryStatement(s, s.body(), s.handlers(), s.orelse(), s.finalbody(),
                    false);
            case Stmt.TryStar s -> tryStatement(s, s.body(), s.handlers(), s.orelse(),
                    s.finalbody(), true);
            case Stmt.Assert s -> {
                if (Warnings.isNonEmptyTuple(this, s.test())) {
                    warn("assertion is always true, perhaps remove parentheses?");
                }
                // CPython: compiler_assert compiles nothing more at -O, so checks nothing more
                if (optimize == 0) {
                    exprs.condition(s.test());
                    exprs.visitOptional(s.msg());
                }
            }
            case Stmt.Import s -> {
                for (Alias a : s.names()) {
                    String stored = a.asname() != null ? a.asname() : a.name();
                    forbiddenName(stored.contains(".") ? stored.substring(0, stored.indexOf('.'))
                            : stored, false);
                }
            }
            case Stmt.ImportFrom s -> importFrom(s);
            case Stmt.Expr s -> {
                if (!(s.value() instanceof Expr.Constant)) {
                    exprs.visit(s.value());
                }
            }
            case Stmt.Break s -> breakOrContinue(s, "'break' outside loop");
            case Stmt.Continue s -> breakOrContinue(s, "'continue' not properly in loop");
            case Stmt.With s -> with(s, s.items(), 0, s.body(), false);
            case Stmt.AsyncWith s -> {
                if (unit != UnitKind.ASYNC_FUNCTION && !isTopLevelAwait()) {
                    throw error("'async with' outside async function");
                }
                with(s, s.items(), 0, s.body(), true);
            }
            case Stmt.Global s -> { }
            case Stmt.Nonlocal s -> { }
            case Stmt.Pass s -> { }
        }
    }

    // CPython: Python/compile.c compiler_function
    private void function(Stmt s, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, boolean async) {
        checkDebugArgs(args);
        exprs.visitAll(decorators);
        exprs.defaults(args);
        if (!table.future().annotations()) {
            annotations(args.args());
            annotations(args.posonlyargs());
            annotation(args.vararg());
            annotations(args.kwonlyargs());
            annotation(args.kwarg());
            exprs.visitOptional(returns);
        }
        int first = FutureFeatures.hasDocstring(body) ? 1 : 0;
        inUnit(async ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, s,
                () -> statements(body.subList(first, body.size())));
    }

    private void annotations(List<Arg> args) {
        for (Arg a : args) {
            annotation(a);
        }
    }

    // CPython: Python/compile.c compiler_visit_argannotation (*args: *Ts unpacks Ts)
    private void annotation(Arg a) {
        if (a != null && a.annotation() != null) {
            exprs.visit(a.annotation() instanceof Expr.Starred s ? s.value() : a.annotation());
        }
    }

    // CPython: Python/compile.c compiler_check_debug_args
    void checkDebugArgs(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            forbiddenName(a.arg(), false);
        }
        for (Arg a : args.args()) {
            forbiddenName(a.arg(), false);
        }
        if (args.vararg() != null) {
            forbiddenName(args.vararg().arg(), false);
        }
        for (Arg a : args.kwonlyargs()) {
            forbiddenName(a.arg(), false);
        }
        if (args.kwarg() != null) {
            forbiddenName(args.kwarg().arg(), false);
        }
    }

    // CPython: Python/compile.c compiler_class
    private void classDef(Stmt.ClassDef s) {
        exprs.visitAll(s.decoratorList());
        inUnit(UnitKind.CLASS, s, () -> statements(s.body()));
        exprs.callArguments(s.bases(), s.keywords());
        forbiddenName(s.name(), false);
    }

    // CPython: Python/compile.c compiler_return
    private void returnStatement(Stmt.Return s) {
        if (scope.kind() != Scope.Kind.FUNCTION) {
            throw error("'return' outside function");
        }
        if (s.value() != null && scope.isCoroutine() && scope.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        boolean preserveTop = s.value() != null && !(s.value() instanceof Expr.Constant);
        if (preserveTop) {
            exprs.visit(s.value());
        }
        setLocation(s);
        unwind(preserveTop, false);
    }

    // CPython: Python/compile.c compiler_break, compiler_continue
    private void breakOrContinue(Stmt s, String message) {
        if (!unwind(false, true)) {
            setLocation(s);
            throw error(message);
        }
    }

    /**
     * Leaves the frame blocks a return (all of them) or a break or continue (up to the innermost
     * loop) leaves, compiling the finally blocks on the way as CPython does; returns whether a
     * loop was found.
     */
    // CPython: Python/compile.c compiler_unwind_fblock_stack, compiler_unwind_fblock
    private boolean unwind(boolean preserveTop, boolean toLoop) {
        if (frames.isEmpty()) {
            return false;
        }
        Frame top = frames.get(frames.size() - 1);
        if (top.kind() == FrameKind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && (top.kind() == FrameKind.WHILE_LOOP || top.kind() == FrameKind.FOR_LOOP)) {
            return true;
        }
        pop();
        if (top.kind() == FrameKind.FINALLY_TRY) {
            if (preserveTop) {
                push(FrameKind.POP_VALUE, null);
            }
            statements(top.finalbody());
            if (preserveTop) {
                pop();
            }
        }
        boolean found = unwind(preserveTop, toLoop);
        frames.add(top);
        return found;
    }

    // CPython: Python/compile.c compiler_annassign
    private void annAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            exprs.visit(s.value());
            exprs.visit(s.target());
        }
        boolean evaluates = (unit == UnitKind.MODULE || unit == UnitKind.CLASS)
                && !table.future().annotations();
        switch (s.target()) {
            case Expr.Name n -> {
                forbiddenName(n.id(), false);
                if (s.simple() != 0 && evaluates) {
                    exprs.visit(s.annotation());
                }
            }
            case Expr.Attribute a -> {
                forbiddenName(a.attr(), false);
                if (s.value() == null) {
                    exprs.visit(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    exprs.visit(sub.value());
                    exprs.annotationSlice(sub.slice());
                }
            }
            default -> { }
        }
        if (s.simple() == 0 && evaluates) {
            exprs.visit(s.annotation());
        }
    }

    // CPython: Python/compile.c compiler_for, compiler_async_for
    private void loop(Stmt s, Expr iter, Expr target, List<Stmt> body, List<Stmt> orelse) {
        if (s instanceof Stmt.For) {
            push(FrameKind.FOR_LOOP, null);
            exprs.visit(iter);
        } else {
            exprs.visit(iter);
            push(FrameKind.FOR_LOOP, null);
        }
        exprs.visit(target);
        statements(body);
        pop();
        statements(orelse);
    }

    // CPython: Python/compile.c compiler_try, compiler_try_finally, compiler_try_except and
    // their except* forms
    private void tryStatement(Stmt s, List<Stmt> body, List<ExceptHandler> handlers,
            List<Stmt> orelse, List<Stmt> finalbody, boolean star) {
        if (finalbody.isEmpty()) {
            tryExcept(s, body, handlers, orelse, star);
            return;
        }
        push(FrameKind.FINALLY_TRY, finalbody);
        if (handlers.isEmpty()) {
            statements(body);
        } else {
            tryExcept(s, body, handlers, orelse, star);
        }
        pop();
        statements(finalbody);
        push(FrameKind.FINALLY_END, null);
        statements(finalbody);
        pop();
    }

    private void tryExcept(Stmt s, List<Stmt> body, List<ExceptHandler> handlers,
            List<Stmt> orelse, boolean star) {
        push(FrameKind.TRY_EXCEPT, null);
        statements(body);
        pop();
        statements(orelse);
        push(star ? FrameKind.EXCEPTION_GROUP_HANDLER : FrameKind.EXCEPTION_HANDLER, null);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            setLocation(h);
            if (!star && h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last");
            }
            exprs.visitOptional(h.type());
            if (h.name() != null) {
                forbiddenName(h.name(), false);
            }
            push(FrameKind.HANDLER_CLEANUP, null);
            statements(h.body());
            pop();
        }
        pop();
    }

    // CPython: Python/compile.c compiler_with, compiler_async_with
    private void with(Stmt s, List<WithItem> items, int position, List<Stmt> body,
            boolean async) {
        WithItem item = items.get(position);
        exprs.visit(item.contextExpr());
        push(async ? FrameKind.ASYNC_WITH : FrameKind.WITH, null);
        exprs.visitOptional(item.optionalVars());
        if (position + 1 == items.size()) {
            statements(body);
        } else {
            with(s, items, position + 1, body, async);
        }
        pop();
        setLocation(s);
    }

    // CPython: Python/compile.c compiler_from_import
    private void importFrom(Stmt.ImportFrom s) {
        if (s.lineno() > table.future().lineno() && "__future__".equals(s.module())) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        for (Alias a : s.names()) {
            if (!a.name().equals("*")) {
                forbiddenName(a.asname() != null ? a.asname() : a.name(), false);
            }
        }
    }

    /** The statements of a match case body, for {@link PatternChecks}. */
    void caseBody(MatchCase c) {
        statements(c.body());
    }
}
