package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.krait.differential.CPythonOracle;
import dev.krait.differential.KnownDifferences;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Deeply nested and very long sources, around the points where CPython stops (its parser's stack
 * limit gives MemoryError or "too many nested parentheses", AST construction stops near depth
 * 3000 with RecursionError, the tokenizer allows 100 indentation levels, nested f-strings run
 * out of quotes): Krait must give CPython's answer, and never a Java
 * StackOverflowError or another crash.
 */
class DeepNestingTest {
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

    static List<String[]> cases() {
        List<String[]> cases = new ArrayList<>();
        // Brackets and prefix operators: CPython's parser stack gives out near 200 levels.
        for (int n : new int[] {10, 199, 200, 201, 1000, 100_000}) {
            cases.add(new String[] {"parentheses " + n, "(".repeat(n) + "1" + ")".repeat(n)});
            cases.add(new String[] {"unclosed parentheses " + n, "(".repeat(n)});
            cases.add(new String[] {"lists " + n, "[".repeat(n) + "]".repeat(n)});
            cases.add(new String[] {"dicts " + n, "{1:".repeat(n) + "1" + "}".repeat(n)});
            cases.add(new String[] {"calls " + n, "f" + "(".repeat(n) + ")".repeat(n)});
            cases.add(new String[] {"unary minus " + n, "-".repeat(n) + "1"});
            cases.add(new String[] {"not " + n, "not ".repeat(n) + "x"});
            cases.add(new String[] {"await " + n, "await ".repeat(n) + "x"});
            cases.add(new String[] {"power " + n, "2" + "**2".repeat(n)});
            cases.add(new String[] {"lambda " + n, "lambda: ".repeat(n) + "1"});
            cases.add(new String[] {"ternary " + n, "1 if x else ".repeat(n) + "1"});
            cases.add(new String[] {"walrus " + n, "(x := ".repeat(n) + "1" + ")".repeat(n)});
        }
        // Left-recursive chains: CPython parses them flat, then its AST construction stops
        // near depth 3000 (RecursionError).
        for (int n : new int[] {10, 1000, 2900, 3100}) {
            cases.add(new String[] {"call chain " + n, "f" + "()".repeat(n)});
            cases.add(new String[] {"subscripts " + n, "x" + "[0]".repeat(n)});
            cases.add(new String[] {"attributes " + n, "x" + ".a".repeat(n)});
            cases.add(new String[] {"sum " + n, "1" + "+1".repeat(n)});
            cases.add(new String[] {"tuple " + n, "x = " + "1, ".repeat(n)});
            cases.add(new String[] {"comparison chain " + n, "1" + " < 1".repeat(n)});
            cases.add(new String[] {"string concatenation " + n, "'a' ".repeat(n)});
        }
        for (int n : new int[] {10, 99, 100, 101, 150}) {
            StringBuilder ifs = new StringBuilder();
            for (int i = 0; i < n; i++) {
                ifs.append(" ".repeat(i)).append("if x:\n");
            }
            ifs.append(" ".repeat(n)).append("pass\n");
            cases.add(new String[] {"nested ifs " + n, ifs.toString()});
            StringBuilder defs = new StringBuilder();
            for (int i = 0; i < n; i++) {
                defs.append("\t".repeat(i)).append("def f():\n");
            }
            defs.append("\t".repeat(n)).append("pass\n");
            cases.add(new String[] {"nested defs with tabs " + n, defs.toString()});
        }
        for (int n : new int[] {1000, 2900, 3100, 6000}) {
            cases.add(new String[] {"elif chain " + n, "if x:0\n" + "elif x:0\n".repeat(n)});
        }
        cases.add(new String[] {"nested f-strings 3", "f'{f\"{f'''{1}'''}\"}'"});
        cases.add(new String[] {"nested f-strings 4", "f'{f\"{f'''{f\"\"\"{1}\"\"\"}'''}\"}'"});
        cases.add(new String[] {"nested f-strings 5",
                "f'{f\"{f'''{f\"\"\"{f'{1}'}\"\"\"}'''}\"}'"});
        cases.add(new String[] {"f-string nested format spec", "f'{x:{y:{z}}}'"});
        cases.add(new String[] {"f-string deep parentheses", "f'{" + "(".repeat(300) + "1"
                + ")".repeat(300) + "}'"});
        cases.add(new String[] {"f-string many fields", "f'" + "{x}".repeat(5000) + "'"});
        cases.add(new String[] {"long line", "x = " + "f(1) + ".repeat(2000) + "1"});
        cases.add(new String[] {"many statements", "x = 1\n".repeat(20_000)});
        cases.add(new String[] {"many continuations", "x = \\\n".repeat(2000) + "1"});
        return cases;
    }

    /** Listed in the fuzz-regressions known-divergences file as {@code "deep: <name>"}. */
    @TestFactory
    Stream<DynamicTest> nesting() {
        KnownDifferences known = KnownDifferences.load(
                FuzzCampaignTest.CORPUS.resolve("known-divergences.tsv"));
        return cases().stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Differential.Result result = differential.check(c[1]);
            String reason = known.reason("deep: " + c[0]);
            if (result.verdict().isDivergence()) {
                Assumptions.assumeTrue(reason == null, () -> "known divergence: " + reason);
                fail(c[0] + ": " + result.describe());
            }
            assertNull(reason, () -> "deep: " + c[0] + " agrees now: remove it from "
                    + known.file());
        }));
    }

    /**
     * The same sources parsed directly on the test thread (16 MB of stack, as surefire gives it,
     * not the 512 MB worker): still only Python exceptions, no StackOverflowError.
     */
    @TestFactory
    Stream<DynamicTest> onAnOrdinaryStack() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            try {
                ParserFuzzTest.parse(c[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (StackOverflowError e) {
                fail(c[0] + ": StackOverflowError on a 16 MB stack");
            }
        }));
    }
}
