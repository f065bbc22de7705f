package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.Mod;
import dev.krait.ast.Unparser;
import dev.krait.differential.PythonRun;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's own contract, checked by CPython without Krait's parser: every generated
 * program is valid Python 3.11, the Unparser prints it exactly as {@code ast.unparse} would, and
 * the varied layout parses to the same tree. Also: a seed always gives the same program, and the
 * programs cover every statement and expression kind.
 */
class GeneratorValidityTest {
    private static final int PROGRAMS = 400;

    @Test
    void generatedProgramsAreValidAndRoundTripThroughCPython(@TempDir Path dir) throws Exception {
        for (long seed = 0; seed < PROGRAMS; seed++) {
            Mod.Module tree = ProgramGenerator.generate(seed);
            Files.writeString(dir.resolve(seed + ".canonical.py"), Unparser.unparse(tree));
            Files.writeString(dir.resolve(seed + ".layout.py"), LayoutPrinter.print(tree, seed));
        }
        Path script = dir.resolve("check_generated.py");
        try (InputStream in = getClass().getResourceAsStream("check_generated.py")) {
            Files.copy(in, script);
        }
        PythonRun.Result result = PythonRun.runFile(script, Duration.ofMinutes(2), dir.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stdout(), "generator or Unparser bugs, per seed");
    }

    @Test
    void aSeedAlwaysGivesTheSameProgram() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            assertEquals(Unparser.unparse(ProgramGenerator.generate(seed)),
                    Unparser.unparse(ProgramGenerator.generate(seed)));
            assertEquals(FuzzCase.of(FuzzCase.Kind.MUTANT, seed),
                    FuzzCase.of(FuzzCase.Kind.MUTANT, seed));
        }
    }

    @Test
    void programsCoverEveryNodeKind() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < PROGRAMS; seed++) {
            collect(ProgramGenerator.generate(seed), seen);
        }
        for (Class<?> kind : new Class<?>[] {dev.krait.ast.Stmt.class, dev.krait.ast.Expr.class,
                dev.krait.ast.Pattern.class}) {
            for (Class<?> node : kind.getPermittedSubclasses()) {
                assertTrue(seen.contains(node.getSimpleName()),
                        "no generated program has a " + node.getSimpleName());
            }
        }
    }

    private static void collect(Object value, Set<String> seen) {
        if (value instanceof dev.krait.ast.Node node) {
            seen.add(node.typeName());
            for (Object child : node.fieldValues()) {
                collect(child, seen);
            }
        } else if (value instanceof java.util.List<?> list) {
            list.forEach(item -> collect(item, seen));
        }
    }
}
