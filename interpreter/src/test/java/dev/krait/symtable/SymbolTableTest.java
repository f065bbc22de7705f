package dev.krait.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Node;
import dev.krait.ast.Stmt;
import dev.krait.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract the compiler relies on, independent of any particular program's answer (which
 * {@code SymtableDifferentialTest} takes from CPython): every block-opening node has its scope,
 * the tree of scopes mirrors the nesting, and lookups of unknown names or nodes answer
 * {@code null} rather than fail.
 */
class SymbolTableTest {
    private static final String SOURCE = """
            import os
            class C(Base, metaclass=M):
                def method(self, a, *args, k=1, **kw):
                    return lambda x: [y for y in x] + {z for z in a} + list(w for w in a)
                async def coro(self):
                    return {k: v async for k, v in self}
            def outer():
                x = 1
                def inner():
                    nonlocal x
                    x += 1
                return inner
            """;

    private static Mod parse(String source) {
        return Parser.parse(source.getBytes(StandardCharsets.UTF_8), "<test>", Parser.Mode.EXEC);
    }

    @Test
    void everyBlockOpeningNodeHasItsScope() {
        Mod module = parse(SOURCE);
        SymbolTable table = SymbolTable.build(module, "<test>");
        List<Node> openers = new ArrayList<>();
        collectOpeners(module, openers);
        assertEquals(10, openers.size());
        for (Node node : openers) {
            Scope scope = table.scopeOf(node);
            assertNotNull(scope, () -> "no scope for " + node.typeName());
            assertSame(node, scope.node());
            assertTrue(scope.parent().children().contains(scope));
        }
        assertSame(module, table.top().node());
        assertNull(table.top().parent());
        assertEquals(Scope.Kind.MODULE, table.top().kind());
    }

    @Test
    void unknownNamesAndNodesAnswerNull() {
        SymbolTable table = SymbolTable.build(parse(SOURCE), "<test>");
        assertNull(table.top().scopeOf("never_mentioned"));
        assertEquals(0, table.top().flagsOf("never_mentioned"));
        assertNull(table.scopeOf(new Object()));
        assertThrows(UnsupportedOperationException.class, () -> table.top().flags().put("a", 1));
    }

    @Test
    void aParameterIsAVarname() {
        Mod module = parse(SOURCE);
        SymbolTable table = SymbolTable.build(module, "<test>");
        Scope klass = table.top().children().get(0);
        Scope method = klass.children().get(0);
        assertEquals(Scope.Kind.CLASS, klass.kind());
        assertEquals("method", method.name());
        assertTrue(method.varnames().containsAll(List.of("self", "a", "args", "k", "kw")));
        assertTrue(method.hasVarargs() && method.hasVarKeywords());
    }

    /** The nodes that open a block, in source order, found by walking the fields. */
    private static void collectOpeners(Object value, List<Node> out) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                collectOpeners(item, out);
            }
            return;
        }
        if (!(value instanceof Node node)) {
            return;
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda
                || node instanceof Expr.ListComp || node instanceof Expr.SetComp
                || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp) {
            out.add(node);
        }
        for (Object field : node.fieldValues()) {
            collectOpeners(field, out);
        }
    }
}
