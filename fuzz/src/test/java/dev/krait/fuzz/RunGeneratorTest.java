package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TypedProgramGenerator}'s promises, checked in CPython: every program ends in time,
 * prints several lines, and fails only where it means to (about one in ten ends with the
 * deliberate uncaught exception); the same seed gives the same program; the constructs the
 * generator is meant to cover all appear.
 */
class RunGeneratorTest {
    private static RunCPythonBatch batch;
    private static final Path DIR = Path.of("target", "run-generator-test").toAbsolutePath();

    @BeforeAll
    static void start() {
        batch = new RunCPythonBatch(DIR);
    }

    @AfterAll
    static void stop() {
        batch.close();
    }

    @Test
    void programsRunInCPythonAsIntended() throws Exception {
        int failing = 0;
        List<String> problems = new ArrayList<>();
        int seeds = 200;
        for (long seed = 0; seed < seeds; seed++) {
            for (String without : new String[] {"", "set,format"}) {
                String program = TypedProgramGenerator.generate(seed, without);
                Path file = DIR.resolve("seed-" + seed + ".py");
                java.nio.file.Files.writeString(file, program);
                RunResult.Outcome o = batch.run(file, 10);
                if (o.timedOut()) {
                    problems.add("seed " + seed + " timed out");
                } else if (o.exit() != 0) {
                    failing++;
                    if (!o.stdout().endsWith("about to fail\n")) {
                        problems.add("seed " + seed + " failed early: "
                                + RunResult.lastLine(o.stderr()));
                    }
                } else if (o.stdout().split("\n").length < 5) {
                    problems.add("seed " + seed + " printed little: " + o.stdout());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(failing > seeds * 2 / 20 && failing < seeds * 2 * 3 / 20,
                "uncaught exceptions in " + failing + " of " + seeds * 2);
    }

    @Test
    void sameSeedSameProgram() {
        assertEquals(TypedProgramGenerator.generate(42), TypedProgramGenerator.generate(42));
        assertFalse(TypedProgramGenerator.generate(42).equals(TypedProgramGenerator.generate(43)));
        assertFalse(TypedProgramGenerator.generate(7, "set").contains("set("));
    }

    @Test
    void coversTheLanguage() {
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < 300; seed++) {
            all.append(TypedProgramGenerator.generate(seed));
        }
        String text = all.toString();
        String[] constructs = {"def ", "*args", "**kw", ", /, ", "nonlocal ", "lambda ",
            "class ", "super().", "@property", "@classmethod", "@staticmethod", "__repr__",
            "__eq__", "__lt__", "__add__", "yield ", "yield from", "for ", "while ", "elif ",
            "else:", "try:", "except (KeyError, IndexError)", "finally:", " from ", "raise ",
            " for ", " if ", "{k: ", "f\"", "!r", "[::-1]", "*rest", " += ", " |= ", " ** ",
            " << ", " >> ", " // ", " % ", " ^ ", " & ", ":= ", "sorted(", "key=", "reverse=True",
            "enumerate(", "zip(", "divmod(", "round(", "isinstance(", "any(", "all(", "map(",
            "filter(", "min(", "max(", "sum(", "abs(", "repr(", ".split(", ".join(", ".replace(",
            ".strip(", ".find(", ".startswith(", ".count(", ".upper()", ".lower()", "dict(",
            "tuple(", "list(", "set(", "bool(", "int(", "str(", "break", "continue", "del ",
            "match value:", "case _:", "__enter__", "__exit__", "contextlib.suppress(",
            "@functools.wraps(fn)", "@functools.lru_cache", "del h.shared", "finally:",
            "**extra)", ") < probe", "' % (", ".format(", "format(",
            ".setdefault(", "default=", "__str__", "__slots__", "@dataclass(", "enum.Enum",
            "Counter(", "add_note(", "yield 'started'", "raise\n", "sys.exc_info()"};
        List<String> missing = new ArrayList<>();
        for (String c : constructs) {
            if (!text.contains(c)) {
                missing.add(c);
            }
        }
        assertEquals(List.of(), missing);
    }
}
