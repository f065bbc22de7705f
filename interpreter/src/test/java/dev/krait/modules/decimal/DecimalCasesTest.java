package dev.krait.modules.decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.modules.ProgramRunner;
import dev.krait.modules.sys.SysModule;
import dev.krait.objects.Attributes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.MainRunner;
import dev.krait.runtime.ThreadState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java {@code _decimal} against CPython's C {@code _decimal}: {@code decimal_cases.py}
 * prints one line per case (construction, text, conversions, hashing, every binary operator
 * over a grid of operands under several contexts and all eight rounding modes, signals and
 * flags, the Context API, {@code __format__}). python3 runs it over its own {@code _decimal};
 * Krait runs it with this package's module, created directly and put into
 * {@code sys.modules} as {@code _krait_decimal}. Every line must be the same.
 */
class DecimalCasesTest {
    private static final String CASES = "decimal_cases.py";

    @Test
    void everyCaseMatchesCPython() throws Exception {
        Path dir = Files.createTempDirectory("krait-decimal");
        Path script = dir.resolve(CASES);
        try (InputStream in = DecimalCasesTest.class.getResourceAsStream(CASES)) {
            Files.write(script, in.readAllBytes());
        }
        try {
            ProgramRunner.Outcome expected = ProgramRunner.python(script, "");
            assertEquals(0, expected.status(), expected.stderr());
            ProgramRunner.Outcome actual = krait(script);
            assertEquals("", actual.stderr());
            List<String> want = expected.stdout().lines().toList();
            List<String> got = actual.stdout().lines().toList();
            List<String> diffs = new ArrayList<>();
            for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
                String w = i < want.size() ? want.get(i) : "<missing>";
                String g = i < got.size() ? got.get(i) : "<missing>";
                if (!w.equals(g)) {
                    diffs.add("CPython: " + w + "\n  Krait: " + g);
                }
            }
            assertTrue(want.size() > 10000, "the case script ran: " + want.size());
            assertTrue(diffs.isEmpty(), diffs.size() + " of " + want.size()
                    + " cases differ, first:\n" + String.join("\n",
                            diffs.subList(0, Math.min(40, diffs.size()))));
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(dir);
        }
    }

    /** Runs the script in Krait with the module under test in sys.modules. */
    private static ProgramRunner.Outcome krait(Path script) throws Exception {
        return kraitAs(script, "_krait_decimal");
    }

    /** Runs the script in Krait with the module under test in sys.modules as {@code name}. */
    static ProgramRunner.Outcome kraitAs(Path script, String name) throws Exception {
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SysModule.setStandardStreams(interp, new ByteArrayInputStream(new byte[0]), out, err);
        SysModule.setArgv(interp, List.of(script.toString()));
        PyDict modules = (PyDict) Attributes.getAttr(interp.sysModule(), "modules");
        modules.setItem(PyStr.of(name), new DecimalModule().create(interp));
        byte[] source = Files.readAllBytes(script);
        int status = new MainRunner(interp, new PrintStream(err, true, StandardCharsets.UTF_8))
                .runMain(Parser.parseFile(source, script.toString()), script.toString());
        return new ProgramRunner.Outcome(out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8), status);
    }
}
