package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.parser.Parser;
import dev.krait.symtable.Scope;
import dev.krait.symtable.SymbolTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parsed-module cache: a second parse of the same source is read from the entry the first
 * wrote; a changed source, another build, and a damaged, truncated or foreign entry are misses
 * that parse again and rewrite the entry; an unwritable folder and {@code mayWrite == false}
 * write nothing and still parse; concurrent writers leave one whole entry.
 */
class ModuleCacheTest {
    @TempDir
    Path tmp;

    private static final String SOURCE = "import os\n\ndef f(x, *, y=2):\n    return x + y\n";

    private Path source(String text) throws Exception {
        Path file = tmp.resolve("mod.py");
        Files.writeString(file, text);
        return file;
    }

    private static Mod parse(ModuleCache cache, Path file) throws Exception {
        return cache.parse(Files.readAllBytes(file), file.toString(), true);
    }

    private static Mod reference(Path file) throws Exception {
        return Parser.parseFile(Files.readAllBytes(file), file.toString());
    }

    @Test
    void anEntryRecordsWhetherTheTreePassedTheStaticChecks() throws Exception {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        Path file = source(SOURCE);
        byte[] bytes = Files.readAllBytes(file);
        ModuleCache.Parsed first = cache.lookup(bytes, file.toString());
        assertFalse(first.fromEntry());
        assertEquals(0, cache.writes(), "lookup writes nothing");
        cache.store(bytes, file.toString(), first.tree(), true);
        ModuleCache.Parsed checked = cache.lookup(bytes, file.toString());
        assertTrue(checked.fromEntry());
        assertTrue(checked.checked());
        assertEquals(reference(file), checked.tree());
        cache.store(bytes, file.toString(), first.tree(), false);
        assertFalse(cache.lookup(bytes, file.toString()).checked());
        // parse() writes an entry that claims nothing about the checks
        Path other = source(SOURCE + "x = 1\n");
        parse(cache, other);
        ModuleCache.Parsed unchecked = cache.lookup(Files.readAllBytes(other), other.toString());
        assertTrue(unchecked.fromEntry());
        assertFalse(unchecked.checked());
        // a changed source is a miss, whatever the old entry said
        Files.writeString(file, SOURCE + "y = 2\n");
        assertFalse(cache.lookup(Files.readAllBytes(file), file.toString()).fromEntry());
    }

    /** Blocks of every kind, closures through them, and names bound in unusual places. */
    private static final String SCOPES = """
            from __future__ import annotations
            import os as _os
            g = 0
            def outer(a, /, b=lambda q: q + 1, *args, c: int = 2, **kw) -> list[int]:
                global g
                total = [x * a for x in args if (last := x)]
                def inner(d=total):
                    nonlocal a
                    a += d[0] if d else 0
                    return a, last, {k: v for k, v in kw.items()}, (y for y in b(c))
                return inner
            class Box(list):
                items = [i for i in range(3)]
                def get(self):
                    return super().copy(), __class__
                class Inner:
                    def f(self, *, z):
                        return lambda: z
            async def co(it):
                return [v async for v in it], {await w for w in it}
            def gen():
                x = yield 1
                match x:
                    case [p, *rest] if p: return p, rest
                    case {"k": q, **more}: return q, more
                    case Box(items=r) as s: return r, s
                try:
                    pass
                except Exception as err:
                    del err
                with open(x) as (f1, f2):
                    yield from f1
            """;

    /** Everything the compiler reads of a table, scope by scope, nodes by their content. */
    private static void dump(Scope s, StringBuilder out) {
        out.append(s.kind()).append(' ').append(s.name()).append(' ').append(s.lineno())
                .append(':').append(s.colOffset()).append(' ').append(s.rawSymbols())
                .append(s.parameters()).append(s.varnames()).append(s.cellvars())
                .append(s.freevars()).append(s.isNested()).append(s.isGenerator())
                .append(s.isCoroutine()).append(s.isComprehension()).append(s.returnsValue())
                .append(s.hasVarargs()).append(s.hasVarKeywords()).append(s.hasChildFree())
                .append(s.needsClassClosure()).append(s.firstLineno()).append('\n')
                .append(s.node()).append('\n');
        for (Scope child : s.children()) {
            dump(child, out);
        }
    }

    private static String dump(SymbolTable table, Mod tree) {
        StringBuilder out = new StringBuilder();
        dump(table.top(), out);
        // every scope is found from its node in the tree the entry gave
        List<Scope> pending = new ArrayList<>(List.of(table.top()));
        while (!pending.isEmpty()) {
            Scope s = pending.remove(pending.size() - 1);
            assertTrue(table.scopeOf(s.node()) == s, "scopeOf its own node");
            pending.addAll(s.children());
        }
        assertTrue(table.scopeOf(tree) == table.top());
        return out.toString();
    }

    @Test
    void anEntryHoldsTheSymbolTableItsTreeWouldBuild() throws Exception {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        Path file = source(SCOPES);
        byte[] bytes = Files.readAllBytes(file);
        cache.store(bytes, file.toString(), reference(file), true);
        ModuleCache.Parsed read = cache.lookup(bytes, file.toString());
        assertTrue(read.fromEntry());
        assertNotNull(read.table());
        Mod fresh = reference(file);
        assertEquals(dump(SymbolTable.build(fresh, file.toString()), fresh),
                dump(read.table(), read.tree()));
        assertTrue(read.table().future().annotations());
        // a tree whose symbol table raises an error keeps no table: each import raises it
        Path bad = source("def f():\n    x = 1\n    global x\n");
        byte[] badBytes = Files.readAllBytes(bad);
        cache.store(badBytes, bad.toString(), reference(bad), false);
        ModuleCache.Parsed badRead = cache.lookup(badBytes, bad.toString());
        assertTrue(badRead.fromEntry());
        assertNull(badRead.table());
        assertThrows(PythonSyntaxError.class,
                () -> SymbolTable.build(badRead.tree(), bad.toString()));
    }

    @Test
    void secondParseIsReadFromTheEntry() throws Exception {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        Path file = source(SOURCE);
        assertEquals(reference(file), parse(cache, file));
        assertEquals(1, cache.writes());
        assertEquals(0, cache.hits());
        assertTrue(Files.isRegularFile(cache.entryPath(file.toString())));
        assertEquals(reference(file), parse(cache, file));
        assertEquals(1, cache.hits());
        // another process (another cache object) over the same folder reads it too
        ModuleCache other = ModuleCache.in(tmp.resolve("cache"), "build-1");
        assertEquals(reference(file), parse(other, file));
        assertEquals(1, other.hits());
    }

    @Test
    void changedSourceIsAMissAndRewritesTheEntry() throws Exception {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        Path file = source(SOURCE);
        parse(cache, file);
        // same length, other bytes: only the content check can tell
        String changed = SOURCE.replace("x + y", "y + x");
        assertEquals(SOURCE.length(), changed.length());
        Files.writeString(file, changed);
        Mod tree = parse(cache, file);
        assertEquals(reference(file), tree);
        assertEquals(0, cache.hits());
        assertEquals(2, cache.writes());
        assertEquals(tree, parse(cache, file));
        assertEquals(1, cache.hits());
    }

    @Test
    void anotherBuildDoesNotSeeTheEntries() throws Exception {
        Path file = source(SOURCE);
        parse(ModuleCache.in(tmp.resolve("cache"), "build-1"), file);
        ModuleCache next = ModuleCache.in(tmp.resolve("cache"), "build-2");
        assertNotEquals(ModuleCache.in(tmp.resolve("cache"), "build-1").entryPath("x"),
                next.entryPath("x"));
        parse(next, file);
        assertEquals(0, next.hits());
    }

    @Test
    void damagedEntriesAreMissesAndRewritten() throws Exception {
        Path file = source(SOURCE);
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        parse(cache, file);
        Path entry = cache.entryPath(file.toString());
        byte[] good = Files.readAllBytes(entry);
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(new byte[0]);
        damaged.add("not an entry at all".getBytes(StandardCharsets.US_ASCII));
        damaged.add(java.util.Arrays.copyOf(good, good.length / 2));
        for (int at : new int[] {9, good.length / 2, good.length - 1}) {
            byte[] b = good.clone();
            b[at] ^= 0x5A;
            damaged.add(b);
        }
        int writes = cache.writes();
        for (byte[] b : damaged) {
            Files.write(entry, b);
            int hits = cache.hits();
            assertEquals(reference(file), parse(cache, file));
            assertEquals(hits, cache.hits(), "a damaged entry is not used");
            assertEquals(++writes, cache.writes(), "and is written again");
            assertEquals(reference(file), parse(cache, file));
            assertEquals(hits + 1, cache.hits(), "the rewritten entry is used");
        }
    }

    @Test
    void anUnwritableFolderOnlyTurnsWritingOff() throws Exception {
        Path notAFolder = tmp.resolve("file");
        Files.writeString(notAFolder, "x");
        ModuleCache cache = ModuleCache.in(notAFolder, "build-1");
        Path file = source(SOURCE);
        assertEquals(reference(file), parse(cache, file));
        assertEquals(reference(file), parse(cache, file));
        assertEquals(0, cache.writes());
        assertEquals(0, cache.hits());
    }

    @Test
    void withoutPermissionToWriteNothingIsWritten() throws Exception {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        Path file = source(SOURCE);
        assertEquals(reference(file), cache.parse(Files.readAllBytes(file), file.toString(),
                false));
        assertFalse(Files.exists(tmp.resolve("cache")));
    }

    @Test
    void syntaxErrorsAreThrownAndNotCached() throws Exception {
        ModuleCache cache = ModuleCache.in(tmp.resolve("cache"), "build-1");
        Path file = source("def f(:\n");
        assertThrows(PythonSyntaxError.class, () -> parse(cache, file));
        assertEquals(0, cache.writes());
    }

    @Test
    void dontWriteBytecodeStillStoresTheInstalledLibrarysModules() {
        // CPython reads the installer's .pyc files of the library under -B; Krait's entries for
        // the library stand for them, and only a module outside it goes unstored
        Path stdlib = dev.krait.modules.sys.StdlibLocator.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(stdlib != null, "no CPython 3.11 library");
        String libraryModule = stdlib.resolve("json").resolve("decoder.py").toString();
        String ownModule = tmp.resolve("mod.py").toString();
        assertTrue(ModuleCache.mayStore(false, ownModule));
        assertTrue(ModuleCache.mayStore(false, libraryModule));
        assertTrue(ModuleCache.mayStore(true, libraryModule));
        assertFalse(ModuleCache.mayStore(true, ownModule));
        assertFalse(ModuleCache.mayStore(true, stdlib + "-other/json/decoder.py"));
        assertFalse(ModuleCache.mayStore(true, stdlib.resolve("..").resolve("x.py").toString()));
        assertFalse(ModuleCache.mayStore(true, "<string>"));
    }

    @Test
    void emptyCacheDirectoryVariableTurnsTheCacheOff() {
        ModuleCache off = ModuleCache.fromEnvironment(name ->
                name.equals("KRAIT_CACHE_DIR") ? "" : null);
        assertFalse(off.enabled());
    }

    @Test
    void aNewBuildRemovesFoldersOfBuildsUnusedForAWeek() throws Exception {
        Path root = tmp.resolve("cache");
        Path old = Files.createDirectories(root.resolve("0123456789abcdef-1"));
        Files.writeString(old.resolve("0000000000000000.ast"), "x");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 8L * 24 * 3600 * 1000));
        Path recent = Files.createDirectories(root.resolve("0123456789abcdef-2"));
        Path notOurs = Files.createDirectories(root.resolve("keep-me"));
        Files.setLastModifiedTime(notOurs, java.nio.file.attribute.FileTime.fromMillis(0));
        parse(ModuleCache.in(root, "build-3"), source(SOURCE));
        assertFalse(Files.exists(old));
        assertTrue(Files.isDirectory(recent));
        assertTrue(Files.isDirectory(notOurs));
    }

    @Test
    void concurrentWritersLeaveOneWholeEntry() throws Exception {
        Path file = source(SOURCE);
        Path root = tmp.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Mod>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ModuleCache cache = ModuleCache.in(root, "build-1");
                results.add(pool.submit(() -> parse(cache, file)));
            }
            for (Future<Mod> r : results) {
                assertEquals(reference(file), r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        ModuleCache reader = ModuleCache.in(root, "build-1");
        assertEquals(reference(file), parse(reader, file));
        assertEquals(1, reader.hits());
        try (Stream<Path> left = Files.list(reader.entryPath(file.toString()).getParent())) {
            assertEquals(1, left.count(), "no temporary files are left behind");
        }
    }
}
