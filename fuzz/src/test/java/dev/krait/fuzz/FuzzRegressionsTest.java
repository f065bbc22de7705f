package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.krait.differential.CPythonOracle;
import dev.krait.differential.KnownDifferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The permanent cases: each divergence the fuzzers found, reduced, is a source file in
 * {@code differential/corpus/fuzz-regressions/}. Only the source is kept; what it must give is
 * asked of CPython each time. A case still waiting for its fix is listed, with its reason, in
 * {@code known-divergences.tsv} there, and the test says when a listed case starts to agree.
 * Files named {@code message-*.py} keep message or offset differences (same exception type and
 * line): they are printed, and fail under {@code -Dfuzz.strictMessages=true}.
 */
class FuzzRegressionsTest {
    private static CPythonOracle oracle;
    private static Differential differential;

    @BeforeAll
    static void start() {
        oracle = CPythonOracle.start();
        differential = new Differential(oracle);
    }

    @AfterAll
    static void stop() {
        oracle.close();
    }

    @TestFactory
    Stream<DynamicTest> regressions() throws IOException {
        Path corpus = FuzzCampaignTest.CORPUS;
        KnownDifferences known = KnownDifferences.load(corpus.resolve("known-divergences.tsv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(!files.isEmpty() || known.entries().isEmpty(), "the corpus folder is missing");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> {
                    String name = file.getFileName().toString();
                    Differential.Result result = differential.check(Files.readAllBytes(file));
                    String reason = known.reason(name);
                    String outcome = "outcome:" + result.cpython().errorType() + "/"
                            + (result.krait() == null ? "crash" : result.krait().errorType());
                    if (reason == null && result.verdict().isDivergence()) {
                        reason = known.reason(outcome);
                    }
                    String why = reason;
                    if (result.verdict().isDivergence()) {
                        Assumptions.assumeTrue(why == null, () -> "known: " + why);
                        fail(name + ": " + result.describe());
                    } else if (reason != null) {
                        fail(name + " agrees with CPython now: remove it from " + known.file());
                    } else if (result.verdict() != Verdict.AGREE) {
                        // Message-level (files named message-*): shown, failing only when strict.
                        if (Boolean.getBoolean("fuzz.strictMessages")) {
                            fail(name + ": " + result.describe());
                        }
                        Assumptions.abort("message-level difference: " + result.describe());
                    }
                }));
    }
}
