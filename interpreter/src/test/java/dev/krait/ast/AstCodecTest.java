package dev.krait.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.modules.sys.StdlibLocator;
import dev.krait.parser.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The binary AST form (AstWriter/AstReader), which the parsed-module cache stores: every node
 * kind, every literal kind and the standard library's most varied files read back as the very
 * tree that was written; damaged data is refused with {@link AstInput.Corrupt}.
 */
class AstCodecTest {
    /** Source using every statement, expression and pattern kind, and every literal kind. */
    static final String EVERY_KIND = """
            '''doc'''
            import a.b as c, d
            from .. import e as f
            from g import *
            global h
            x: int = 1
            y: "str"
            x += 2; del x
            assert x, "m"
            def fn(p, /, q: int = 1, *args, r, s=2, **kw) -> None:
                nonlocal_free = 1
                def inner():
                    nonlocal nonlocal_free
                    return nonlocal_free
                yield p
                yield from args
                return lambda t, u=3: t if u else -t
            async def co():
                await co()
                async for i in co():
                    pass
                async with co() as z, co():
                    pass
                return [i async for i in co()]
            @dec
            class K(B, metaclass=M):
                attr = {1: 2, **d}
            for i in range(3):
                if i:
                    continue
                elif not i:
                    break
            else:
                pass
            while x:
                x = (yield_ := 1)
            with open(f) as (a, b):
                pass
            try:
                raise E from None
            except (E1, E2) as err:
                pass
            except E3:
                pass
            else:
                pass
            finally:
                pass
            try:
                pass
            except* E4:
                pass
            match subject:
                case 1 | -2.5 | 3j | "s" | b"b" | None | True | False:
                    pass
                case [a, *rest] if a:
                    pass
                case {"k": v, **others}:
                    pass
                case Point(x=0, y=yy) as pt:
                    pass
                case (p1, q1, *_):
                    pass
                case _:
                    pass
            s = {1, 2} | {i for i in x} 
            l = [i for i in x if i if not i] + [*x]
            g = (i for i in x)
            dc = {k: v for k, v in x}
            c = a < b <= c > d >= e == f != g is h is not i in j not in k
            o = a + b - c * d @ e / f // g % h ** i << j >> k & l ^ m | n
            u = ~a + -b + +c and d or e
            f = f"{x!r:>{w}} {y=} {z!s} {q!a}" "lit"
            sub = a[1:2:3, ::, 4][...]
            big = 123456789012345678901234567890
            flt = 1.5e300
            esc = "\\ud800\\udc00 \\ud800 é €"
            byt = b"\\x00\\xff"
            t = ()
            t = (1,)
            call(a, *b, k=1, **kw)
            obj.attr = 1
            """;

    private static Mod roundTrip(Mod tree) {
        AstWriter w = new AstWriter();
        w.nodeMod(tree);
        byte[] b = w.toByteArray();
        AstReader r = new AstReader(b, 0, b.length);
        Mod back = r.nodeMod();
        assertTrue(r.atEnd(), "the whole tree is read");
        return back;
    }

    @Test
    void everyNodeKindReadsBackIdentical() {
        Mod tree = Parser.parse(EVERY_KIND, "<every-kind>", Parser.Mode.EXEC);
        assertEquals(tree, roundTrip(tree));
        assertEquals(AstDump.dump(tree, true, null), AstDump.dump(roundTrip(tree), true, null));
        Set<String> seen = new TreeSet<>();
        collectKinds(tree, seen);
        Set<String> missing = new TreeSet<>();
        for (Class<?> sum : List.of(Stmt.class, Expr.class, Pattern.class)) {
            for (Class<?> kind : sum.getPermittedSubclasses()) {
                if (!seen.contains(kind.getSimpleName())) {
                    missing.add(kind.getSimpleName());
                }
            }
        }
        assertEquals(Set.of(), missing, "node kinds the source above does not use");
    }

    @Test
    void everyModeReadsBackIdentical() {
        for (Parser.Mode mode : Parser.Mode.values()) {
            String source = switch (mode) {
                case EXEC -> "x = 1\n";
                case EVAL -> "a if b else c";
                case SINGLE -> "x = 1\n";
                case FUNC_TYPE -> "(int, *str) -> None";
            };
            Mod tree = Parser.parse(source, "<mode>", mode);
            assertEquals(tree, roundTrip(tree), mode.toString());
        }
    }

    @Test
    void stdlibFilesReadBackIdentical() throws Exception {
        Path lib = StdlibLocator.find();
        List<String> checked = new ArrayList<>();
        for (String name : List.of("test/test_grammar.py", "test/test_patma.py",
                "test/test_fstring.py", "typing.py", "_pydecimal.py", "dataclasses.py")) {
            Path file = lib.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Mod tree = Parser.parseFile(Files.readAllBytes(file), file.toString());
            assertEquals(tree, roundTrip(tree), name);
            checked.add(name);
        }
        assertTrue(checked.size() >= 3, "found the stdlib files: " + checked);
    }

    /**
     * A function body is left unread by the reader until first used, and what follows it
     * reads right: strings first written inside the body are written again after it.
     */
    @Test
    void functionBodiesAreReadOnFirstUse() {
        Mod tree = Parser.parse("""
                def f(a):
                    "doc"
                    def g():
                        return [late for late in a]
                    return g, "late"
                x = "late", lambda late: late
                class C:
                    def m(self):
                        raise late
                """, "<lazy>", Parser.Mode.EXEC);
        AstWriter w = new AstWriter();
        w.writeSkippableBodies();
        w.nodeMod(tree);
        byte[] b = w.toByteArray();
        AstReader lazy = new AstReader(b, 0, b.length);
        lazy.skippableBodies(false);
        List<Object> lazyBlocks = new ArrayList<>();
        lazy.listBlocks(lazyBlocks);
        Mod.Module back = (Mod.Module) lazy.nodeMod();
        Stmt.FunctionDef f = (Stmt.FunctionDef) back.body().get(0);
        LazyStmts body = (LazyStmts) f.body();
        assertEquals(3, body.size());
        assertEquals("Return", body.lastType());
        // "late" is first written inside f's body, which the reader skipped
        assertEquals(((Mod.Module) tree).body().get(1), back.body().get(1));
        assertEquals(((Stmt.Expr) ((Stmt.FunctionDef) ((Mod.Module) tree).body().get(0)).body()
                .get(0)), body.head());
        assertTrue(!body.isRead(), "reading the tree and the docstring leaves the body");
        assertEquals(tree, back);
        assertTrue(body.isRead());
        AstReader eager = new AstReader(b, 0, b.length);
        List<Object> eagerBlocks = new ArrayList<>();
        eager.listBlocks(eagerBlocks);
        eager.skippableBodies(true);
        Mod.Module all = (Mod.Module) eager.nodeMod();
        assertTrue(!(((Stmt.FunctionDef) all.body().get(0)).body() instanceof LazyStmts));
        assertEquals(tree, all);
        assertEquals(eagerBlocks.size(), lazyBlocks.size(), "one stand-in per block left");
        // a writer not asked for skippable bodies writes the plain form (marshal's)
        AstWriter plain = new AstWriter();
        plain.nodeMod(tree);
        byte[] p = plain.toByteArray();
        AstReader plainReader = new AstReader(p, 0, p.length);
        Mod.Module plainTree = (Mod.Module) plainReader.nodeMod();
        assertTrue(plainReader.atEnd());
        assertTrue(!(((Stmt.FunctionDef) plainTree.body().get(0)).body() instanceof LazyStmts));
        assertEquals(tree, plainTree);
        assertTrue(p.length < b.length, "the plain form has no lengths and counts");
    }

    @Test
    void truncatedDataIsRefused() {
        Mod tree = Parser.parse(EVERY_KIND, "<every-kind>", Parser.Mode.EXEC);
        AstWriter w = new AstWriter();
        w.nodeMod(tree);
        byte[] b = w.toByteArray();
        for (int end = 0; end < b.length; end += 7) {
            int cut = end;
            assertThrows(AstInput.Corrupt.class, () -> new AstReader(b, 0, cut).nodeMod());
        }
    }

    @Test
    void damagedDataNeverEscapesAsAnError() {
        Mod tree = Parser.parse(EVERY_KIND, "<every-kind>", Parser.Mode.EXEC);
        AstWriter w = new AstWriter();
        w.nodeMod(tree);
        byte[] good = w.toByteArray();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] b = good.clone();
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
            try {
                new AstReader(b, 0, b.length).nodeMod();
            } catch (RuntimeException e) {
                // refused: what the cache treats as a miss
            }
        }
    }

    private static void collectKinds(Object value, Set<String> seen) {
        if (value instanceof Node n) {
            seen.add(n.getClass().getSimpleName());
            for (Object field : n.fieldValues()) {
                collectKinds(field, seen);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                collectKinds(item, seen);
            }
        }
    }
}
