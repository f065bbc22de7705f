package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.parser.Parser;
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
