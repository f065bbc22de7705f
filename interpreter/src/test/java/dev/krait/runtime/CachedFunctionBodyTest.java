package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.LazyStmts;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module read from the parsed-module cache leaves its function bodies unread
 * ({@link LazyStmts}) until a call compiles them, and then runs exactly as the module compiled
 * from its source: results, closures, generators, tracebacks and what code objects show. The
 * compile-time errors inside a function nobody calls are still raised by the compile.
 */
class CachedFunctionBodyTest {
    @TempDir
    Path tmp;

    private static Interpreter interp;

    @BeforeAll
    static void attach() {
        interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
    }

    private static final String MODULE = """
            def add(a, b=2):
                "adds"
                return a + b
            def unused(x):
                def inner(y):
                    return [x + y for _ in range(2)]
                return inner
            def closure(n):
                total = n
                def step(k):
                    nonlocal total
                    total += k
                    return total
                return step
            def gen(n):
                for i in range(n):
                    yield (lambda j=i: j * 2)()
            class K:
                def method(self, v):
                    return {k: v for k in "ab"}
            def fails(v):
                x = 1
                if v:
                    raise ValueError(v)
                return x
            def frames(e):
                out = []
                tb = e.__traceback__
                while tb is not None:
                    out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                    tb = tb.tb_next
                return out
            try:
                fails("boom")
            except ValueError as e:
                TB = frames(e)
            s = closure(10)
            s(1)
            c = fails.__code__
            OUT = repr([add(1), add.__doc__, s(5), list(gen(3)), K().method(7), TB,
                        c.co_firstlineno, list(c.co_lines()), c.co_consts, c.co_names,
                        c.co_varnames, c.co_stacksize, list(c.co_positions()),
                        unused.__code__.co_cellvars, unused.__doc__])
            """;

    private static String run(PyCode code) {
        PyDict globals = new PyDict();
        globals.setItem(PyStr.of("__name__"), PyStr.of("cached"));
        interp.exec(code, globals, globals);
        PyObject out = globals.getItem(PyStr.of("OUT"));
        assertNotNull(out);
        return ((PyStr) out).value();
    }

    private static LazyStmts body(Mod tree, String function) {
        for (Stmt s : ((Mod.Module) tree).body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals(function)) {
                return (LazyStmts) f.body();
            }
        }
        throw new AssertionError("no function " + function);
    }

    @Test
    void aCachedModuleRunsAsItsSourceAndReadsOnlyTheBodiesItCalls() {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        byte[] source = MODULE.getBytes(StandardCharsets.UTF_8);
        String file = tmp.resolve("cached.py").toString();
        Mod parsed = Parser.parseFile(source, file);
        String expected = run(Compiler.compile(parsed, file, Parser.Mode.EXEC));
        cache.store(source, file, parsed, true);
        ModuleCache.Parsed entry = cache.lookup(source, file);
        assertTrue(entry.fromEntry());
        assertNotNull(entry.table(), "the entry holds the symbol table");
        for (String name : List.of("add", "unused", "closure", "fails")) {
            assertFalse(body(entry.tree(), name).isRead(), name + " read with the tree");
        }
        PyCode code = Compiler.compile(entry.tree(), file, Parser.Mode.EXEC, 0, w -> { },
                entry.checked(), entry.table());
        assertFalse(body(entry.tree(), "add").isRead(), "compiling the module reads no body");
        assertEquals(expected, run(code));
        assertTrue(body(entry.tree(), "add").isRead());
        assertTrue(body(entry.tree(), "closure").isRead());
        assertFalse(body(entry.tree(), "unused").isRead(), "a function never called");
        // a second run of the same entry's tree gives the same again
        assertEquals(expected, run(Compiler.compile(entry.tree(), file, Parser.Mode.EXEC, 0,
                w -> { }, entry.checked(), entry.table())));
    }

    @Test
    void errorsInsideUnreadBodiesAreRaisedByTheCompile() {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        int i = 0;
        for (String source : List.of(
                // the symbol table's errors: the entry holds no table
                "def f():\n    def g():\n        nonlocal q\n",
                "def f():\n    x = 1\n    global x\n",
                // the compiler's checks: the entry holds the table, its bodies unread
                "def f():\n    return\n    break\n",
                "def f():\n    def g():\n        await x\n",
                "def f():\n    class C:\n        def m(self):\n            yield from ()\n"
                        + "            return\n            continue\n")) {
            byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
            String file = tmp.resolve("bad" + i++ + ".py").toString();
            cache.store(bytes, file, Parser.parseFile(bytes, file), false);
            ModuleCache.Parsed entry = cache.lookup(bytes, file);
            assertTrue(entry.fromEntry(), source);
            if (source.contains("break") || source.contains("continue")) {
                assertNotNull(entry.table(), source);
                assertFalse(body(entry.tree(), "f").isRead(), source);
            }
            assertThrows(PythonSyntaxError.class, () -> Compiler.compile(entry.tree(), file,
                    Parser.Mode.EXEC, 0, w -> { }, entry.checked(), entry.table()), source);
        }
    }
}
