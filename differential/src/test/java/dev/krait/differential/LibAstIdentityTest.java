package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole installed standard library, {@code Lib/test} included, parsed by Krait and by CPython:
 * for every {@code .py} file, Krait must parse it exactly when CPython does, to the identical
 * {@code ast.dump(..., include_attributes=True)}, or fail with the identical exception.
 *
 * <p>Files that still differ are listed with their reason in
 * {@code known-differences/lib-ast.tsv}. A differing file not listed fails; a listed file that
 * now matches fails too (take it off the list), and so does a list longer than 0.5% of the files.
 *
 * <p>Speed: the dumps are compared by SHA-256, and the full texts are fetched only on a mismatch.
 * CPython's answers are computed on a background thread, one file ahead of Krait, so both
 * interpreters work at once; the whole stdlib takes CPython about 12 s.
 */
class LibAstIdentityTest {
    static final Path KNOWN = Path.of("known-differences", "lib-ast.tsv");
    /** The most files that may be listed, as a share of all the files. */
    static final double MAX_KNOWN_SHARE = 0.005;

    private static Path root;
    private static List<Path> files;
    private static KnownDifferences known;
    private static CPythonOracle oracle;
    private static ExecutorService cpythonThread;
    private static Map<Path, CompletableFuture<ParseOutcome>> cpythonAnswers;
    private static final AtomicInteger identical = new AtomicInteger();
    private static final AtomicInteger knownDiffering = new AtomicInteger();
    private static long startNanos;

    @BeforeAll
    static void setUp() {
        startNanos = System.nanoTime();
        root = StandardLibrary.root();
        files = StandardLibrary.pythonFiles(root);
        known = KnownDifferences.load(KNOWN);
        oracle = CPythonOracle.start();
        cpythonThread = Executors.newSingleThreadExecutor();
        cpythonAnswers = new LinkedHashMap<>();
        for (Path file : files) {
            cpythonAnswers.put(file, CompletableFuture.supplyAsync(
                    () -> oracle.parseFile(file, true, true), cpythonThread));
        }
    }

    @AfterAll
    static void tearDown() {
        System.out.printf(Locale.ROOT, "LibAstIdentityTest: %d stdlib files, %d identical to "
                + "CPython, %d known differences, %.1f s%n", files.size(), identical.get(),
                knownDiffering.get(), (System.nanoTime() - startNanos) / 1e9);
        if (cpythonThread != null) {
            cpythonThread.shutdownNow();
        }
        if (oracle != null) {
            oracle.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyStdlibFileParsesAsInCPython() {
        return files.stream().map(file -> DynamicTest.dynamicTest(
                StandardLibrary.relativeName(root, file), file.toUri(), () -> compare(file)));
    }

    private static void compare(Path file) throws IOException {
        String name = StandardLibrary.relativeName(root, file);
        byte[] source = Files.readAllBytes(file);
        ParseOutcome krait = KraitFrontEnd.parseDigest(source, true);
        ParseOutcome cpython = cpythonAnswers.get(file).join();
        String reason = known.reason(name);
        if (krait.equals(cpython)) {
            identical.incrementAndGet();
            if (reason != null) {
                fail(name + " now parses as in CPython: take it off " + KNOWN
                        + " (it was listed as: " + reason + ")");
            }
            return;
        }
        if (reason != null) {
            knownDiffering.incrementAndGet();
            return; // a known difference, documented in the list
        }
        fail(name + " differs from CPython and is not listed in " + KNOWN + "\n"
                + describe(source, cpython, krait));
    }

    /** The first differing region of the full dumps, or the two outcomes when one is an error. */
    private static String describe(byte[] source, ParseOutcome cpython, ParseOutcome krait) {
        if (cpython.isParsed() && krait.isParsed()) {
            String cpythonDump = oracle.parse(source, true).dump();
            String kraitDump = KraitFrontEnd.parse(source, true).dump();
            String diff = TextDiff.firstDifference(cpythonDump, kraitDump, 120);
            return diff != null ? diff : "the digests differ but the dumps are equal";
        }
        return "  CPython: " + cpython.describe() + "\n  Krait:   " + krait.describe();
    }

    @Test
    void knownDifferencesAreFewAndReal() {
        List<String> problems = new ArrayList<>();
        long limit = (long) Math.floor(files.size() * MAX_KNOWN_SHARE);
        if (known.entries().size() > limit) {
            problems.add(known.entries().size() + " files are listed, more than "
                    + MAX_KNOWN_SHARE * 100 + "% of the " + files.size() + " files (" + limit
                    + "): fix the parser instead of listing files");
        }
        for (String name : known.entries().keySet()) {
            if (!Files.isRegularFile(root.resolve(name))) {
                problems.add("listed but not in the stdlib: " + name);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
