package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code krait} command as users see it (stdout, stderr, exit status), checked against what
 * CPython prints for the same request. Runs {@link Main#run} in this JVM, as {@code bin/krait}
 * would in its own.
 */
class KraitCommandTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Prints ast.dump of each file as `krait --ast --attributes --indent 2` should. */
    private static final String CPYTHON_AST = """
            import ast, sys, traceback
            files = sys.argv[1:]
            for i, f in enumerate(files):
                if len(files) > 1:
                    print(('\\n' if i else '') + '==> ' + f + ' <==')
                try:
                    print(ast.dump(ast.parse(open(f, 'rb').read()), include_attributes=True,
                                   indent=2))
                except Exception as e:
                    print(traceback.format_exception_only(e)[-1], end='')
            """;

    @TempDir
    Path dir;

    private static ProgramOutcome krait(String... args) {
        return ProgramRunner.kraitMain(String.join(" ", args), args);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void astPrintsWhatCPythonsAstDumpPrints() throws IOException {
        Path good = file("good.py", "import sys\n\nclass A(B, metaclass=M):\n    x: int = 1\n");
        ProgramOutcome krait = krait("--ast", "--attributes", "--indent", "2", good.toString());
        PythonRun.Result cpython = PythonRun.runCode(CPYTHON_AST, TIMEOUT, good.toString());
        assertEquals(cpython.stdout(), krait.stdout());
        assertEquals(0, krait.exitCode());
    }

    @Test
    void severalFilesAreHeadedAndAFailureShowsItsLastLine() throws IOException {
        Path good = file("good.py", "x = 1\n");
        Path bad = file("bad.py", "x = = 1\n");
        Path missing = dir.resolve("missing.py");
        String[] files = {good.toString(), bad.toString(), missing.toString()};
        ProgramOutcome krait = krait(concat(new String[] {"--ast", "--attributes", "--indent", "2"},
                files));
        PythonRun.Result cpython = PythonRun.runCode(CPYTHON_AST, TIMEOUT, files);
        assertEquals(cpython.stdout(), krait.stdout());
        assertEquals(1, krait.exitCode());
    }

    @Test
    void badUsageExitsWithCPythonsStatus() {
        // Ask a python3 started without -c, so that the option is its own, not a script's.
        PythonRun.Result bad = PythonRun.runCode(
                "import subprocess, sys; sys.exit(subprocess.run([sys.executable, "
                + "'--no-such-option'], capture_output=True).returncode)", TIMEOUT);
        ProgramOutcome krait = krait("--no-such-option");
        assertEquals(bad.exitCode(), krait.exitCode());
        assertTrue(krait.stderr().startsWith("unknown option --no-such-option\nusage: krait"),
                krait.stderr());
        assertEquals("", krait.stdout());
    }

    @Test
    void aMissingScriptExitsAsCPythonDoes() {
        Path missing = dir.resolve("missing.py");
        PythonRun.Result cpython = PythonRun.runFile(missing, TIMEOUT);
        ProgramOutcome krait = krait(missing.toString());
        assertEquals(cpython.exitCode(), krait.exitCode());
        // CPython names itself first ("/usr/bin/python3: can't open file ..."); Krait says krait.
        String cpythonReason = cpython.stderr().substring(cpython.stderr().indexOf(": ") + 2);
        assertEquals("krait: " + cpythonReason, krait.stderr());
    }

    @Test
    void aScriptRunsAndEndsAsCPythonsDoes() throws IOException {
        Path quiet = file("quiet.py", "x = 6 * 7\nassert x == 42\n");
        assertSameAsCPython(quiet);
        Path failing = file("failing.py", "def ratio(a, b):\n    return a // b\n\n"
                + "values = [1, 2]\nratio(values[0], values[1] - 2)\n");
        assertSameAsCPython(failing);
    }

    @Test
    void warningAndXOptionsReachSysAndFilterFromTheStart() throws IOException {
        Path script = file("options.py", "import sys\nprint(sys.warnoptions)\n"
                + "print(sorted(sys._xoptions.items()))\n"
                + "import warnings\nwarnings.warn('ignored', DeprecationWarning)\n"
                + "warnings.warn('an error')\n");
        String[] args = {"-W", "ignore::DeprecationWarning", "-W", "error::UserWarning",
            "-X", "probe=1", "-X", "flag", script.toString()};
        PythonRun.Result cpython = PythonRun.runCommandLine(TIMEOUT, args);
        ProgramOutcome krait = krait(concat(new String[] {"-X", "utf8"}, args));
        assertEquals(cpython.stdout(), krait.stdout());
        assertEquals(cpython.stderr(), krait.stderr());
        assertEquals(cpython.exitCode(), krait.exitCode());
    }

    private void assertSameAsCPython(Path script) {
        PythonRun.Result cpython = PythonRun.runFile(script, TIMEOUT);
        ProgramOutcome krait = krait(script.toString());
        assertEquals(cpython.stdout(), krait.stdout());
        assertEquals(cpython.stderr(), krait.stderr());
        assertEquals(cpython.exitCode(), krait.exitCode());
    }

    @Test
    void dashCIgnoresACodingCookieAndSeesWhatCPythonsSees() {
        // the loader, no __file__, and the int/str digit limit that -X sets
        String code = "# coding: latin1\nimport sys\nprint(ascii('\u00e6\u20ac'))\n"
                + "print(__loader__.__name__, '__file__' in globals(), __spec__)\n"
                + "print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())";
        for (String[] options : new String[][] {{}, {"-X", "int_max_str_digits=0"},
            {"-X", "int_max_str_digits=5000"}}) {
            String[] args = concat(options, new String[] {"-c", code});
            PythonRun.Result cpython = PythonRun.runCommandLine(TIMEOUT, args);
            ProgramOutcome krait = krait(concat(new String[] {"-X", "utf8"}, args));
            assertEquals(cpython.stdout(), krait.stdout());
            assertEquals(cpython.stderr(), krait.stderr());
            assertEquals(cpython.exitCode(), krait.exitCode());
        }
    }

    @Test
    void aScriptsLoaderAndFileAreCPythons() throws IOException {
        Path script = file("loader.py", "print(type(__loader__).__name__, __loader__.name,"
                + " __loader__.path == __file__, __spec__, __cached__)\n");
        assertSameAsCPython(script);
    }

    @Test
    void versionAndHelpSucceed() {
        ProgramOutcome version = krait("--version");
        assertEquals(0, version.exitCode());
        assertEquals(Main.VERSION + "\n", version.stdout());
        ProgramOutcome help = krait("-h");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().contains("--ast"));
        assertFalse(help.stdout().contains("Exception"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
