package dev.krait.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.compiler.Compiler;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a list of expressions through python3 (one process for the list) and through the
 * {@link ExpressionHarness}, making one dynamic test per expression that requires the same
 * answer. Expectations therefore always come from CPython.
 */
public final class CPythonCases {
    private CPythonCases() {}

    /** python3's answers, one per expression; {@code prelude} runs first (e.g. sys.path). */
    public static List<String> python(String prelude, List<String> exprs) {
        try {
            Path script = Files.createTempFile("krait-builtins", ".py");
            Path input = Files.createTempFile("krait-builtins", ".in");
            try {
                Files.writeString(script, prelude + "\n" + ExpressionHarness.PYTHON_SIDE,
                        StandardCharsets.UTF_8);
                Files.writeString(input, String.join("\n", exprs) + "\n",
                        StandardCharsets.UTF_8);
                Process p = new ProcessBuilder("python3", "-X", "utf8", "-S", script.toString())
                        .redirectInput(input.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new AssertionError("python3 failed");
                }
                List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
                assertEquals(exprs.size(), lines.size(), "python3 answered every expression");
                return lines;
            } finally {
                Files.deleteIfExists(script);
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run python3", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The first line python3 prints for {@code script}. */
    public static String pythonLine(String script) {
        try {
            Process p = new ProcessBuilder("python3", "-c", script)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("python3 failed");
            }
            return out.lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new AssertionError("cannot run python3", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the compiler exists yet (it arrives from main; until then it raises). */
    public static boolean compilerAvailable() {
        try {
            Parser.Mode eval = Parser.Mode.EVAL;
            Compiler.compile(Parser.parse("1", "<probe>", eval), "<probe>", eval);
            return true;
        } catch (dev.krait.objects.PyException e) {
            return false;
        }
    }

    /** One test per expression: Krait's answer must be CPython's. */
    public static Stream<DynamicTest> compare(String prelude, List<String> exprs) {
        List<String> expected = python(prelude, exprs);
        Interpreter interp = new Interpreter();
        ExpressionHarness krait = new ExpressionHarness(interp);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < exprs.size(); i++) {
            String expr = exprs.get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(expr, () -> assertEquals(want,
                    krait.answer(expr), expr)));
        }
        return tests.stream();
    }
}
